"use client";

import { ArrowUp, ReceiptText } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/console/table-states";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { StatusBadge } from "./transaction-bits";
import { NO_FILTERS, TransactionFiltersBar, type TransactionFilters } from "./transaction-filters";

type Member = RouterOutputs["members"]["get"];
type Row = RouterOutputs["transactions"]["findMemberTransactions"]["transactions"][number];

/** Pages kept in memory and on screen; older pages push the newest out so the list stays light. */
const MAX_PAGES = 20;
const COLUMNS = 6;

export const transactionHref = (transactionId: number, memberId?: number) =>
  `/transactions/${transactionId}${memberId ? `?member=${memberId}` : ""}`;

/** The member's transactions, newest first, a page at a time as Stamps gives them. */
export function MemberTransactions({ member }: { member: Member }) {
  const merchant = useMerchant();
  const router = useRouter();
  const utils = api.useUtils();
  const [filters, setFilters] = useState<TransactionFilters>(NO_FILTERS);
  const dateError =
    filters.startDate && filters.endDate && filters.startDate > filters.endDate
      ? "The end date is before the start date."
      : null;

  const input = {
    merchantId: merchant.id,
    memberId: member.id,
    scope: filters.scope,
    ...(filters.startDate && { startDate: filters.startDate }),
    ...(filters.endDate && { endDate: filters.endDate }),
    ...(filters.channels.length > 0 && { channels: filters.channels }),
  };
  const query = api.transactions.findMemberTransactions.useInfiniteQuery(input, {
    enabled: !dateError,
    getNextPageParam: (page) => page.nextCursor,
    maxPages: MAX_PAGES,
  });

  const rows = query.data?.pages.flatMap((page) => page.transactions) ?? [];
  const newerHidden = query.data?.pageParams[0] != null;
  const open = (row: Row) => row.ownMerchant && router.push(transactionHref(row.id, member.id));

  return (
    <div className="grid gap-4">
      <TransactionFiltersBar value={filters} onChange={setFilters} dateError={dateError} />
      {newerHidden ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted/60 px-3 py-2 text-sm">
          <span className="text-muted-foreground">Newer transactions are set aside to keep this list fast.</span>
          <Button size="sm" variant="outline" onClick={() => void utils.transactions.findMemberTransactions.reset()}>
            <ArrowUp className="size-4" aria-hidden />
            Back to newest
          </Button>
        </div>
      ) : null}
      <div className="rounded-lg border">
        <Table aria-label="Transactions" aria-busy={query.isFetching || undefined}>
          <TableHeader>
            <TableRow>
              <TableHead>Date &amp; time</TableHead>
              <TableHead>Store</TableHead>
              <TableHead>Invoice</TableHead>
              <TableHead className="text-right">Value</TableHead>
              <TableHead className="text-right">Stamps</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {dateError ? (
              <EmptyRow columns={COLUMNS}>Fix the dates to see transactions.</EmptyRow>
            ) : query.isPending ? (
              <LoadingRows columns={COLUMNS} rows={4} />
            ) : query.error && rows.length === 0 ? (
              <ErrorRow columns={COLUMNS} error={query.error} onRetry={() => void query.refetch()} />
            ) : rows.length === 0 ? (
              <EmptyRow columns={COLUMNS}>
                <span className="flex flex-col items-center gap-2">
                  <ReceiptText className="size-6 opacity-60" aria-hidden />
                  {input.startDate || input.endDate || input.channels || filters.scope === "group"
                    ? "No transactions match these filters."
                    : `${member.name} has no transactions with this merchant yet.`}
                </span>
              </EmptyRow>
            ) : (
              rows.map((row) => (
                <TableRow
                  key={row.id}
                  data-testid="transaction-row"
                  className={row.ownMerchant ? "cursor-pointer" : undefined}
                  onClick={() => open(row)}
                >
                  <TableCell className="tabular-nums">
                    {row.createdAt ? formatDateTime(row.createdAt, merchant.timeZone) : "—"}
                  </TableCell>
                  <TableCell className="max-w-56 truncate">
                    {row.storeName ?? "—"}
                    {row.ownMerchant ? null : (
                      <span className="block text-xs text-muted-foreground">{row.merchantName}</span>
                    )}
                  </TableCell>
                  <TableCell className="font-mono text-xs">
                    {row.ownMerchant ? (
                      <Link
                        href={transactionHref(row.id, member.id)}
                        className="underline-offset-4 hover:underline"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {row.invoiceNumber ?? `#${row.id}`}
                      </Link>
                    ) : (
                      (row.invoiceNumber ?? `#${row.id}`)
                    )}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatRupiah(row.value)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {row.stampsEarned === null ? "—" : formatNumber(row.stampsEarned)}
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={row.status} />
                  </TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      {rows.length > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {query.error ? <span className="text-destructive">Could not load more. </span> : null}
            Showing {formatNumber(rows.length)} transaction{rows.length === 1 ? "" : "s"}
            {query.hasNextPage ? "; older ones are left to load" : ""}.
          </p>
          {query.hasNextPage ? (
            <Button variant="outline" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              Load older
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
