"use client";

import { Plus } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableTextFilter, DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/trpc/react";
import { ConnectionCheckDialog } from "./connection-check-dialog";
import { MerchantDialog, type Merchant } from "./merchant-dialog";
import { MerchantRemoveDialog } from "./merchant-remove-dialog";
import { merchantsColumns, type MerchantAction } from "./merchants-columns";

export function MerchantsTable() {
  const merchants = api.merchants.find.useQuery();
  const [editing, setEditing] = useState<Merchant | null>(null);
  const [open, setOpen] = useState(false);
  // A new key per opening remounts the dialog, so its form starts fresh every time.
  const [session, setSession] = useState(0);
  const [replaceToken, setReplaceToken] = useState(false);
  const [checking, setChecking] = useState<Merchant | null>(null);
  const [removing, setRemoving] = useState<Merchant | null>(null);

  const openDialog = useCallback((merchant: Merchant | null, tokenOnly = false) => {
    setEditing(merchant);
    setReplaceToken(tokenOnly);
    setSession((current) => current + 1);
    setOpen(true);
  }, []);
  const onAction = useCallback(
    (merchant: Merchant, action: MerchantAction) => {
      if (action === "testConnection") setChecking(merchant);
      else if (action === "remove") setRemoving(merchant);
      else openDialog(merchant, action === "replaceToken");
    },
    [openDialog],
  );
  const columns = useMemo(() => merchantsColumns({ onAction }), [onAction]);
  const table = useDataTable({ data: merchants.data, columns, getRowId: (merchant) => merchant.id, pageSize: 50 });

  return (
    <section aria-labelledby="merchants-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="merchants-heading" className="text-lg font-semibold">
            Merchants
          </h2>
          <p className="text-sm text-muted-foreground">
            The Stamps merchants you work for, and how the back office reaches their API.
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

      <MerchantDialog key={session} merchant={editing} open={open} onOpenChange={setOpen} replaceToken={replaceToken} />
      {checking ? <ConnectionCheckDialog merchant={checking} onClose={() => setChecking(null)} /> : null}
      {removing ? <MerchantRemoveDialog merchant={removing} onClose={() => setRemoving(null)} /> : null}
    </section>
  );
}
