"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Gift, Undo2 } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { TMemberRedemption } from "@/lib/schemas/redemptions";
import { api } from "@/lib/trpc/react";

const KIND_LABELS: Record<TMemberRedemption["kind"], string> = {
  reward: "Reward",
  voucher: "Voucher",
  "promo-code": "Promo code",
  "voucher-code": "Voucher code",
};

/** The cancel flow on the Redemptions page, filled in with this redemption and member. */
export const cancelRedemptionHref = (memberId: number, redemptionId: number) =>
  `/redemptions?member=${memberId}&redemption=${redemptionId}`;

function columns(memberId: number, timeZone: string): ColumnDef<TMemberRedemption>[] {
  return [
    {
      id: "createdAt",
      accessorFn: (row) => row.createdAt.getTime(),
      header: ({ column }) => <DataTableColumnHeader column={column} title="When" />,
      meta: { cellClassName: "tabular-nums whitespace-nowrap" },
      cell: ({ row }) => formatDateTime(row.original.createdAt, timeZone),
    },
    {
      id: "item",
      accessorFn: (row) => row.item ?? "",
      header: ({ column }) => <DataTableColumnHeader column={column} title="What" />,
      cell: ({ row }) => (
        <span className="grid">
          <span>{row.original.item ?? KIND_LABELS[row.original.kind]}</span>
          <span className="text-xs text-muted-foreground">
            {KIND_LABELS[row.original.kind]} · redemption{" "}
            <span className="font-mono">#{row.original.redemptionId}</span>
          </span>
        </span>
      ),
    },
    {
      id: "store",
      accessorFn: (row) => row.storeName ?? "",
      header: "Store",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="grid">
          <span>{row.original.storeName ?? "—"}</span>
          {row.original.invoiceNumber ? (
            <span className="font-mono text-xs text-muted-foreground">{row.original.invoiceNumber}</span>
          ) : null}
        </span>
      ),
    },
    {
      id: "stamps",
      accessorFn: (row) => row.stampsUsed ?? 0,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Stamps used" className="ml-auto" />,
      meta: { className: "text-right", cellClassName: "tabular-nums" },
      cell: ({ row }) => (row.original.stampsUsed === null ? "—" : formatNumber(row.original.stampsUsed)),
    },
    {
      id: "by",
      header: "By",
      enableSorting: false,
      meta: { cellClassName: "max-w-44 truncate text-muted-foreground" },
      cell: ({ row }) => row.original.staffEmail,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "text-right" },
      cell: ({ row }) =>
        row.original.canceledAt ? (
          <Badge variant="destructive">Cancelled</Badge>
        ) : (
          <Button asChild size="sm" variant="outline" className="text-destructive hover:text-destructive">
            <Link
              href={cancelRedemptionHref(memberId, row.original.redemptionId)}
              aria-label={`Cancel redemption #${row.original.redemptionId}`}
            >
              <Undo2 className="size-4" aria-hidden />
              Cancel
            </Link>
          </Button>
        ),
    },
  ];
}

/** The member's redemptions made through the back office; Stamps has no list of a member's redemptions. */
export function MemberRedemptions({ member }: { member: { id: number; name: string } }) {
  const merchant = useMerchant();
  const query = api.redemptions.findMemberRedemptions.useQuery({ merchantId: merchant.id, memberId: member.id });
  const cols = useMemo(() => columns(member.id, merchant.timeZone), [member.id, merchant.timeZone]);
  const table = useDataTable({ data: query.data, columns: cols, getRowId: (row) => String(row.redemptionId) });

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        Stamps has no list of a member&apos;s redemptions, so this shows those made through this back office. For one
        made at a till, enter its ID from the receipt on the{" "}
        <Link href={`/redemptions?member=${member.id}`} className="text-primary underline-offset-4 hover:underline">
          Redemptions page
        </Link>
        .
      </p>
      <DataTable
        table={table}
        label="Redemptions"
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          <span className="flex flex-col items-center gap-2">
            <Gift className="size-6 opacity-60" aria-hidden />
            No redemptions for {member.name} were made through the back office.
          </span>
        }
        rowProps={(row) =>
          ({
            "data-testid": "redemption-row",
            "aria-label": `Redemption #${row.original.redemptionId}`,
          }) as React.ComponentProps<"tr">
        }
      />
    </div>
  );
}
