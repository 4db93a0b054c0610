"use client";

import { ArrowUp, ReceiptText } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter, DataTableTextFilter } from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { useUrlTableState } from "@/components/data-table/use-url-table-state";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { MEMBER_TRANSACTION_FILTERS, memberTransactionsColumns } from "./member-transactions-columns";
import { transactionHref } from "./transaction-bits";
import { TransactionFiltersBar, useTransactionFilters } from "./transaction-filters";

type Member = RouterOutputs["members"]["get"];

/** Pages kept in memory and on screen; older pages push the newest out so the list stays light. */
const MAX_PAGES = 20;

/** The member's transactions, newest first, a page at a time as Stamps gives them. */
export function MemberTransactions({ member }: { member: Member }) {
  const merchant = useMerchant();
  const router = useRouter();
  const utils = api.useUtils();
  const [filters, setFilters] = useTransactionFilters();
  const tableState = useUrlTableState({ filterColumns: MEMBER_TRANSACTION_FILTERS });
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

  const rows = useMemo(
    () => (dateError ? [] : (query.data?.pages.flatMap((page) => page.transactions) ?? [])),
    [dateError, query.data],
  );
  const newerHidden = query.data?.pageParams[0] != null;
  const columns = useMemo(
    () => memberTransactionsColumns({ memberId: member.id, timeZone: merchant.timeZone }),
    [member.id, merchant.timeZone],
  );
  // Stamps pages newest first; sorting and the invoice and status filters work on the transactions loaded so far.
  const table = useDataTable({ data: rows, columns, state: tableState });
  const shown = table.getRowModel().rows.length;

  return (
    <div className="grid gap-4">
      <DataTable
        table={table}
        label="Transactions"
        toolbar={
          <>
            <TransactionFiltersBar value={filters} onChange={setFilters} dateError={dateError} />
            <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filter the loaded transactions">
              <DataTableTextFilter table={table} column="invoice" label="Invoice contains" className="w-44" />
              <DataTableSelectFilter
                table={table}
                column="status"
                label="Status"
                allLabel="Any status"
                options={[
                  { value: "New", label: "Recorded" },
                  { value: "Canceled", label: "Cancelled" },
                  { value: "Open", label: "Open · no member" },
                ]}
              />
            </div>
            {newerHidden ? (
              <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted/60 px-3 py-2 text-sm">
                <span className="text-muted-foreground">Newer transactions are set aside to keep this list fast.</span>
                <Button
                  size="sm"
                  variant="outline"
                  onClick={() => void utils.transactions.findMemberTransactions.reset()}
                >
                  <ArrowUp className="size-4" aria-hidden />
                  Back to newest
                </Button>
              </div>
            ) : null}
          </>
        }
        loading={!dateError && query.isPending}
        loadingRows={4}
        busy={query.isFetching}
        error={dateError ? null : query.error}
        onRetry={() => void query.refetch()}
        empty={
          dateError ? (
            "Fix the dates to see transactions."
          ) : (
            <span className="flex flex-col items-center gap-2">
              <ReceiptText className="size-6 opacity-60" aria-hidden />
              {input.startDate || input.endDate || input.channels || filters.scope === "group" || rows.length > 0
                ? "No transactions match these filters."
                : `${member.name} has no transactions with this merchant yet.`}
            </span>
          )
        }
        rowProps={({ original: row }) => ({
          "data-testid": "transaction-row",
          className: row.ownMerchant ? "cursor-pointer" : undefined,
          onClick: () => row.ownMerchant && router.push(transactionHref(row.id, member.id)),
        })}
      />
      {rows.length > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {query.error ? <span className="text-destructive">Could not load more. </span> : null}
            Showing {formatNumber(shown)}
            {shown === rows.length ? "" : ` of ${formatNumber(rows.length)} loaded`} transaction
            {rows.length === 1 ? "" : "s"}
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
