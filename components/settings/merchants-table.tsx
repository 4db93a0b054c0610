"use client";

import { Plus } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableTextFilter, DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/trpc/react";
import { MerchantDialog, type Merchant } from "./merchant-dialog";
import { merchantsColumns } from "./merchants-columns";

export function MerchantsTable() {
  const merchants = api.merchants.find.useQuery();
  const [editing, setEditing] = useState<Merchant | null>(null);
  const [open, setOpen] = useState(false);
  // A new key per opening remounts the dialog, so its form starts fresh every time.
  const [session, setSession] = useState(0);

  const openDialog = useCallback((merchant: Merchant | null) => {
    setEditing(merchant);
    setSession((current) => current + 1);
    setOpen(true);
  }, []);
  const columns = useMemo(() => merchantsColumns({ onEdit: openDialog }), [openDialog]);
  const table = useDataTable({ data: merchants.data, columns, getRowId: (merchant) => merchant.id, pageSize: 50 });

  return (
    <section aria-labelledby="merchants-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="merchants-heading" className="text-lg font-semibold">
            Merchants
          </h2>
          <p className="text-sm text-muted-foreground">
            Stamps merchants this back office acts for, and how it reaches their API.
          </p>
        </div>
        <Button onClick={() => openDialog(null)}>
          <Plus aria-hidden="true" />
          Add merchant
        </Button>
      </div>

      <DataTable
        table={table}
        label="Merchants"
        loading={merchants.isPending}
        error={merchants.error}
        onRetry={() => void merchants.refetch()}
        empty={
          merchants.data?.length
            ? "No merchants match this search."
            : "No merchants yet. Add one to connect the back office to Stamps."
        }
        pagination
        toolbar={
          <DataTableToolbar table={table}>
            <DataTableTextFilter table={table} column="name" label="Search" placeholder="Name or merchant ID" />
          </DataTableToolbar>
        }
      />

      <MerchantDialog key={session} merchant={editing} open={open} onOpenChange={setOpen} />
    </section>
  );
}
