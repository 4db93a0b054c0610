"use client";

import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { useMerchant } from "@/components/console/merchant-context";
import { auditActionLabel, auditOutcomeLabel } from "@/lib/audit-labels";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { api } from "@/lib/trpc/react";

/** What our staff did to this member, from our own audit log. */
export function MemberActivity({ memberId }: { memberId: number }) {
  const merchant = useMerchant();
  const activity = api.members.findMemberActivity.useQuery({ merchantId: merchant.id, memberId });

  if (activity.isPending) return <Skeleton className="h-24" />;
  if (activity.error) return <p className="text-sm text-destructive">{getErrorMessage(activity.error)}</p>;
  if (activity.data.length === 0) {
    return (
      <p className="py-6 text-center text-sm text-muted-foreground">
        No one on the team has changed anything for this member yet.
      </p>
    );
  }
  return (
    <ol className="grid gap-3" aria-label="Staff activity">
      {activity.data.map((event) => (
        <li key={event.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded-md border p-3 text-sm">
          <span className="w-40 shrink-0 text-muted-foreground tabular-nums">
            {formatDateTime(event.createdAt, merchant.timeZone)}
          </span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{auditActionLabel(event.action)}</span> by {event.staffEmail}
            {event.reason ? <span className="block text-muted-foreground">Reason: {event.reason}</span> : null}
            {event.message ? <span className="block text-muted-foreground">{event.message}</span> : null}
            <details className="text-xs text-muted-foreground">
              <summary className="cursor-pointer">Details</summary>
              Action <code>{event.action}</code>, outcome <code>{event.outcome}</code>
            </details>
          </span>
          <Badge
            variant={event.outcome === "OK" ? "success" : event.outcome === "PENDING" ? "secondary" : "destructive"}
          >
            {auditOutcomeLabel(event.outcome)}
          </Badge>
        </li>
      ))}
    </ol>
  );
}
