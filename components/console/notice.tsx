import { ShieldAlert, Store } from "lucide-react";

export function Notice({ icon, title, children }: { icon: React.ReactNode; title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto mt-16 flex max-w-md flex-col items-center gap-3 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">{icon}</div>
      <h1 className="text-lg font-semibold">{title}</h1>
      <div className="flex flex-col items-center text-sm text-muted-foreground">{children}</div>
    </div>
  );
}

export function AccessDenied({ area }: { area: string }) {
  return (
    <Notice icon={<ShieldAlert className="size-6" aria-hidden />} title={`You cannot open ${area}`}>
      Your role does not give access to {area}. If you need it for your work, ask an admin.
    </Notice>
  );
}

export function NoMerchant() {
  return (
    <Notice icon={<Store className="size-6" aria-hidden />} title="No merchant assigned">
      Your account does not act for any merchant yet. Ask an admin to add you to one in Settings.
    </Notice>
  );
}
