import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentStaff, type SignedOutReason } from "@/server/auth/current-staff";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };

const SIGNED_OUT: Record<SignedOutReason, string> = {
  disabled: "Your account has been disabled, so you were signed out. If you still need access, ask an admin.",
  ended: "Your session ended (you signed out elsewhere, or your password or role changed). Sign in again.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; changed?: string; reason?: string }>;
}) {
  if (await getCurrentStaff()) redirect("/");
  const { next, changed, reason } = await searchParams;
  const signedOut = reason && reason in SIGNED_OUT ? SIGNED_OUT[reason as SignedOutReason] : null;

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <div className="mb-2 flex size-10 items-center justify-center rounded-lg bg-primary text-lg font-bold text-primary-foreground">
            S
          </div>
          <CardTitle className="text-xl">Stamps Back Office</CardTitle>
          <CardDescription>
            {changed ? "Your password is changed. Sign in with it." : "Sign in with your staff account."}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {signedOut ? (
            <p role="status" className="rounded-md border bg-muted/50 px-3 py-2 text-sm">
              {signedOut}
            </p>
          ) : null}
          <LoginForm next={next} />
        </CardContent>
      </Card>
    </main>
  );
}
