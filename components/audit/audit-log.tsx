"use client";

import { useDeferredValue, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useOptionalMerchant } from "@/components/console/merchant-context";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { api } from "@/lib/trpc/react";

type Outcome = "all" | "ok" | "error";

export function AuditLog() {
  const merchant = useOptionalMerchant();
  const [staffEmail, setStaffEmail] = useState("");
  const [action, setAction] = useState("");
  const [target, setTarget] = useState("");
  const [outcome, setOutcome] = useState<Outcome>("all");
  const filters = useDeferredValue({ staffEmail, action, target, outcome });

  const events = api.audit.find.useInfiniteQuery(
    {
      staffEmail: filters.staffEmail || undefined,
      action: filters.action || undefined,
      target: filters.target || undefined,
      outcome: filters.outcome === "all" ? undefined : filters.outcome,
      limit: 50,
    },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  const timeZone = merchant?.timeZone ?? "Asia/Jakarta";

  return (
    <div className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-4" role="group" aria-label="Filters">
        <div className="grid gap-1.5">
          <Label htmlFor="audit-staff">Staff email</Label>
          <Input
            id="audit-staff"
            value={staffEmail}
            onChange={(e) => setStaffEmail(e.target.value)}
            placeholder="Any"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-action">Action</Label>
          <Input
            id="audit-action"
            value={action}
            onChange={(e) => setAction(e.target.value)}
            placeholder="e.g. staff."
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-target">Target</Label>
          <Input
            id="audit-target"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            placeholder="Member, email, id"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-outcome">Outcome</Label>
          <Select value={outcome} onValueChange={(value) => setOutcome(value as Outcome)}>
            <SelectTrigger id="audit-outcome" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">All</SelectItem>
              <SelectItem value="ok">Succeeded</SelectItem>
              <SelectItem value="error">Failed</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>

      {events.error ? (
        <p role="alert" className="text-sm text-destructive">
          {getErrorMessage(events.error)}
        </p>
      ) : null}

      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-44">When</TableHead>
              <TableHead>Who</TableHead>
              <TableHead>Action</TableHead>
              <TableHead>Target</TableHead>
              <TableHead>Outcome</TableHead>
              <TableHead>Reason / message</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.isPending
              ? Array.from({ length: 5 }, (_, index) => (
                  <TableRow key={index}>
                    <TableCell colSpan={6}>
                      <Skeleton className="h-5" />
                    </TableCell>
                  </TableRow>
                ))
              : null}
            {!events.isPending && rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6} className="py-8 text-center text-muted-foreground">
                  No events match these filters.
                </TableCell>
              </TableRow>
            ) : null}
            {rows.map((event) => (
              <TableRow key={event.id}>
                <TableCell className="whitespace-nowrap text-muted-foreground tabular-nums">
                  {formatDateTime(event.createdAt, timeZone)}
                </TableCell>
                <TableCell>
                  <span className="block">{event.staffEmail}</span>
                  {event.merchantName ? (
                    <span className="text-xs text-muted-foreground">{event.merchantName}</span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <code className="text-xs">{event.action}</code>
                </TableCell>
                <TableCell className="max-w-48 truncate" title={event.target ?? undefined}>
                  {event.target ?? "—"}
                </TableCell>
                <TableCell>
                  <Badge variant={event.outcome === "OK" ? "success" : "destructive"}>{event.outcome}</Badge>
                </TableCell>
                <TableCell
                  className="max-w-72 truncate text-muted-foreground"
                  title={event.message ?? event.reason ?? undefined}
                >
                  {event.reason ?? event.message ?? "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {events.hasNextPage ? (
        <Button
          variant="outline"
          className="justify-self-center"
          onClick={() => void events.fetchNextPage()}
          loading={events.isFetchingNextPage}
        >
          Load older events
        </Button>
      ) : null}
    </div>
  );
}
