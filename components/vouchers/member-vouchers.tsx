"use client";

import { ChevronRight, Ticket } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorMessage } from "@/lib/errors";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { VoucherDetailsDialog } from "./voucher-details-dialog";
import { VoucherStatusBadge } from "./voucher-status";

type Member = RouterOutputs["members"]["get"];
type Voucher = RouterOutputs["vouchers"]["findMemberVouchers"]["vouchers"][number];

const PAGE_SIZE = 25;

function useVoucherCount(member: Member) {
  const merchant = useMerchant();
  return api.vouchers.countMemberVouchers.useQuery({ merchantId: merchant.id, memberId: member.id });
}

/** "Vouchers 12" for the tab: Stamps' count of the member's usable vouchers in the merchant group. */
export function MemberVouchersTabLabel({ member }: { member: Member }) {
  const count = useVoucherCount(member);
  return (
    <>
      Vouchers
      {count.data ? (
        <span
          className="rounded-full bg-muted px-1.5 text-xs text-muted-foreground tabular-nums"
          data-testid="voucher-count"
        >
          {formatNumber(count.data.count)}
        </span>
      ) : null}
    </>
  );
}

/** The member's usable vouchers, oldest first, a page at a time; click one for its details. */
export function MemberVouchers({ member }: { member: Member }) {
  const merchant = useMerchant();
  const count = useVoucherCount(member);
  const [opened, setOpened] = useState<Voucher | null>(null);
  const pages = api.vouchers.findMemberVouchers.useInfiniteQuery(
    { merchantId: merchant.id, memberId: member.id, limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor },
  );

  if (pages.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading vouchers">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} className="h-14" />
        ))}
      </div>
    );
  }
  if (!pages.data) {
    return (
      <div role="alert" className="grid gap-2 rounded-lg border bg-muted/50 p-4 text-sm">
        <p className="font-medium">Could not load the vouchers</p>
        <p className="text-muted-foreground">{getErrorMessage(pages.error)}</p>
        <Button variant="outline" size="sm" className="justify-self-start" onClick={() => void pages.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  const vouchers = pages.data.pages.flatMap((page) => page.vouchers);
  if (vouchers.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 py-10 text-center text-sm text-muted-foreground">
        <Ticket className="size-6" aria-hidden />
        {member.name} has no vouchers they can use right now.
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        Showing {formatNumber(vouchers.length)}
        {count.data ? ` of ${formatNumber(count.data.count)}` : ""} usable vouchers across the merchant group.
      </p>
      <ul className="divide-y rounded-lg border" aria-label="Vouchers">
        {vouchers.map((voucher) => (
          <li key={voucher.id} className="[contain-intrinsic-size:auto_60px] [content-visibility:auto]">
            <button
              type="button"
              onClick={() => setOpened(voucher)}
              className="flex w-full items-center gap-4 px-4 py-3 text-left outline-none hover:bg-muted/50 focus-visible:bg-muted/60"
              aria-label={`Voucher ${voucher.code ?? voucher.id}: ${voucher.name}`}
            >
              <span className="grid min-w-0 flex-1 gap-0.5">
                <span className="truncate text-sm font-medium">{voucher.name}</span>
                <span className="text-xs text-muted-foreground">
                  <span className="font-mono">{voucher.code ?? "—"}</span>
                  <span className="sm:hidden">
                    {voucher.value === null ? "" : ` · ${formatRupiah(voucher.value)}`} · until{" "}
                    {formatDate(voucher.endDate)}
                  </span>
                </span>
              </span>
              <span className="hidden w-28 text-right text-sm tabular-nums sm:block">
                {voucher.value === null ? "—" : formatRupiah(voucher.value)}
              </span>
              <span className="hidden w-36 text-right text-xs text-muted-foreground md:block">
                until {formatDate(voucher.endDate)}
              </span>
              <VoucherStatusBadge status={voucher.status} />
              <ChevronRight className="size-4 text-muted-foreground" aria-hidden />
            </button>
            {voucher.campaign ? (
              <p className="-mt-2 px-4 pb-3 text-xs text-muted-foreground">
                Issued by campaign{" "}
                <Link
                  href={`/campaigns/${voucher.campaign.id}`}
                  className="font-medium text-foreground underline-offset-2 hover:underline"
                >
                  {voucher.campaign.name}
                </Link>{" "}
                (row {voucher.campaign.rowNumber})
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {pages.hasNextPage ? (
        <Button
          variant="outline"
          className="justify-self-center"
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          Load more
        </Button>
      ) : null}
      {pages.isFetchNextPageError ? (
        <p role="alert" className="text-center text-sm text-destructive">
          {getErrorMessage(pages.error)}
        </p>
      ) : null}
      {opened ? <VoucherDetailsDialog memberId={member.id} voucher={opened} onClose={() => setOpened(null)} /> : null}
    </div>
  );
}
