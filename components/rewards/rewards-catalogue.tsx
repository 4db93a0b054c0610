"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Gift } from "lucide-react";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";

type Reward = RouterOutputs["rewards"]["find"][number];

const COLUMNS: ColumnDef<Reward>[] = [
  {
    accessorKey: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Reward" />,
    meta: { cellClassName: "font-medium" },
  },
  {
    accessorKey: "code",
    header: "Code",
    enableSorting: false,
    meta: { cellClassName: "font-mono text-xs text-muted-foreground" },
    cell: ({ row }) => row.original.code ?? "—",
  },
  {
    accessorKey: "stampsNeeded",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Stamps needed" />,
    meta: { className: "text-right", cellClassName: "tabular-nums" },
    cell: ({ row }) => (row.original.stampsNeeded === null ? "—" : formatNumber(row.original.stampsNeeded)),
  },
];

/** The rewards members of this merchant can redeem with stamps, cheapest first. */
export function RewardsCatalogue() {
  const merchant = useMerchant();
  const rewards = api.rewards.find.useQuery({ merchantId: merchant.id }, { staleTime: 5 * 60_000 });
  const table = useDataTable({ data: rewards.data, columns: COLUMNS, getRowId: (reward) => String(reward.id) });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Rewards catalogue</CardTitle>
        <CardDescription>
          What {merchant.name} members can redeem with their stamps, as Stamps lists it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <DataTable
          table={table}
          label="Rewards catalogue"
          loading={rewards.isPending}
          loadingRows={4}
          error={rewards.error}
          onRetry={() => void rewards.refetch()}
          empty={
            <span className="flex flex-col items-center gap-2">
              <Gift className="size-6" aria-hidden />
              No rewards are available in Stamps right now.
            </span>
          }
        />
      </CardContent>
    </Card>
  );
}
