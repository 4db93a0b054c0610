"use client";

import Link from "next/link";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { auditActionLabel } from "@/lib/audit-labels";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { api } from "@/lib/trpc/react";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { parseTarget } from "./audit-target";

function parseRequest(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** Pages of the console the event leads to: its target, and the member or transaction its request names. */
function eventLinks(target: string | null, request: Record<string, unknown>) {
  const links = new Map<string, string>();
  const parsed = parseTarget(target);
  if (parsed?.href) links.set(parsed.href, `Open ${parsed.label.toLowerCase()}`);
  if (typeof request.memberId === "number")
    links.set(`/members/${request.memberId}`, `Open member ${request.memberId}`);
  if (typeof request.transactionId === "number") {
    links.set(`/transactions/${request.transactionId}`, `Open transaction ${request.transactionId}`);
  }
  return [...links].map(([href, label]) => ({ href, label }));
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** One audit event: who did what to whom, the request as the server understood it, and how it ended. */
export function AuditEventDetails({
  eventId,
  timeZone,
  currentMerchantId,
  onClose,
}: {
  eventId: string | undefined;
  timeZone: string;
  currentMerchantId: string | null;
  onClose: () => void;
}) {
  const event = api.audit.get.useQuery({ id: eventId ?? "" }, { enabled: Boolean(eventId) });
  const data = event.data;
  const request = data ? parseRequest(data.request) : {};
  const otherMerchant = data?.merchantId && currentMerchantId && data.merchantId !== currentMerchantId;

  return (
    <Dialog open={Boolean(eventId)} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{data ? auditActionLabel(data.action) : "Audit event"}</DialogTitle>
          <DialogDescription>
            {data
              ? `${data.staffEmail}, ${formatDateTime(data.createdAt, timeZone)}`
              : event.error
                ? getErrorMessage(event.error)
                : "Loading…"}
          </DialogDescription>
        </DialogHeader>
        {event.isPending && eventId ? <Skeleton className="h-40" /> : null}
        {data ? (
          <div className="grid gap-4">
            <dl className="divide-y">
              <Row label="Outcome">
                <AuditOutcomeBadge outcome={data.outcome} />
                {data.message ? <span className="mt-1 block text-muted-foreground">{data.message}</span> : null}
              </Row>
              <Row label="About">{parseTarget(data.target)?.label ?? "—"}</Row>
              <Row label="Merchant">{data.merchantName ?? "—"}</Row>
              <Row label="Reason">{data.reason ?? "—"}</Row>
            </dl>
            <section aria-label="Request" className="grid gap-1">
              <h3 className="text-sm font-medium">Request</h3>
              {Object.keys(request).length === 0 ? (
                <p className="text-sm text-muted-foreground">Nothing was sent with it.</p>
              ) : (
                <dl className="divide-y rounded-md border px-3">
                  {Object.entries(request).map(([key, value]) => (
                    <Row key={key} label={key}>
                      <span className="font-mono text-xs">{show(value)}</span>
                    </Row>
                  ))}
                </dl>
              )}
            </section>
            {eventLinks(data.target, request).length > 0 ? (
              <nav aria-label="Related pages" className="flex flex-wrap gap-3 text-sm">
                {eventLinks(data.target, request).map((link) => (
                  <Link key={link.href} href={link.href} className="font-medium underline underline-offset-4">
                    {link.label}
                  </Link>
                ))}
                {otherMerchant ? (
                  <span className="text-muted-foreground">(of {data.merchantName}: switch to that merchant first)</span>
                ) : null}
              </nav>
            ) : null}
            <details className="rounded-md border px-3 py-2 text-sm">
              <summary className="cursor-pointer font-medium">Details</summary>
              <dl className="mt-2">
                <Row label="Action key">
                  <code className="text-xs">{data.action}</code>
                </Row>
                <Row label="Outcome code">
                  <code className="text-xs">{data.outcome}</code>
                </Row>
                <Row label="Target">
                  <code className="text-xs">{data.target ?? "—"}</code>
                </Row>
                <Row label="Completed">
                  {data.completedAt ? formatDateTime(data.completedAt, timeZone) : "Never (no outcome recorded)"}
                </Row>
                <Row label="Event ID">
                  <code className="text-xs">{data.id}</code>
                </Row>
                <Row label="Request JSON">
                  <pre className="overflow-x-auto text-xs whitespace-pre-wrap">{data.request}</pre>
                </Row>
              </dl>
            </details>
          </div>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
