import { CreditCard, Mail, MapPin, Phone, Cake } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";

type Member = RouterOutputs["members"]["get"];

function Detail({ icon, label, children }: { icon: React.ReactNode; label: string; children: React.ReactNode }) {
  return (
    <div className="flex items-start gap-3">
      <span className="mt-0.5 text-muted-foreground">{icon}</span>
      <div className="min-w-0">
        <dt className="text-xs text-muted-foreground">{label}</dt>
        <dd className="text-sm break-words">{children}</dd>
      </div>
    </div>
  );
}

export function MemberCard({ member, actions }: { member: Member; actions?: React.ReactNode }) {
  return (
    <Card aria-label={`Member ${member.name}`} data-testid="member-card">
      <CardHeader className="max-sm:has-data-[slot=card-action]:grid-cols-1">
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle className="text-xl">
            <h2 className="break-words">{member.name}</h2>
          </CardTitle>
          {member.level ? <Badge data-testid="member-level">{member.level}</Badge> : null}
          {member.isActive ? null : <Badge variant="warning">Not registered</Badge>}
        </div>
        <CardDescription className="flex items-center gap-1">
          Member ID {member.id}
          <CopyButton value={String(member.id)} label="member ID" />
        </CardDescription>
        {actions ? (
          <CardAction className="flex flex-wrap gap-2 max-sm:col-start-1 max-sm:row-span-1 max-sm:row-start-3 max-sm:justify-self-start">
            {actions}
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        <dl className="grid grid-cols-2 gap-4 sm:max-w-md">
          <div className="rounded-lg bg-muted/60 p-4">
            <dt className="text-xs text-muted-foreground">Stamps</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="member-stamps">
              {formatNumber(member.stamps)}
            </dd>
          </div>
          <div className="rounded-lg bg-muted/60 p-4">
            <dt className="text-xs text-muted-foreground">Balance</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="member-balance">
              {formatRupiah(member.balance)}
            </dd>
          </div>
        </dl>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Detail icon={<Mail className="size-4" aria-hidden />} label="Email">
            {member.email ?? "—"}
          </Detail>
          <Detail icon={<Phone className="size-4" aria-hidden />} label="Phone">
            {member.phone ?? "—"}
          </Detail>
          <Detail icon={<Cake className="size-4" aria-hidden />} label="Birthday">
            {formatDate(member.birthday)}
          </Detail>
          <Detail icon={<MapPin className="size-4" aria-hidden />} label="Address">
            {member.address ?? "—"}
          </Detail>
          <Detail icon={<CreditCard className="size-4" aria-hidden />} label="Card numbers">
            {member.memberIds.length ? (
              <span className="flex flex-wrap gap-1.5">
                {member.memberIds.map((id) => (
                  <code key={id} className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                    {id}
                  </code>
                ))}
              </span>
            ) : (
              "None"
            )}
          </Detail>
        </dl>
      </CardContent>
    </Card>
  );
}

export function MemberCardSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading member">
      <CardHeader>
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-24" />
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid grid-cols-2 gap-4 sm:max-w-md">
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
        <Skeleton className="h-24" />
      </CardContent>
    </Card>
  );
}
