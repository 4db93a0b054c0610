"use client";

import { Plus } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import type { TVoucherTemplate } from "@/lib/schemas/voucher-templates";
import { api } from "@/lib/trpc/react";
import { voucherTemplateColumns } from "./voucher-template-columns";
import { VoucherTemplateDialog } from "./voucher-template-dialog";

/** The merchant's voucher-template catalogue: what staff pick from when issuing and in campaigns. */
export function VoucherTemplatesTable() {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const templates = api.voucherTemplates.find.useQuery({ merchantId: merchant.id });
  const remove = api.voucherTemplates.remove.useMutation();
  const [editing, setEditing] = useState<TVoucherTemplate | null>(null);
  const [removing, setRemoving] = useState<TVoucherTemplate | null>(null);
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);

  const openDialog = (template: TVoucherTemplate | null) => {
    setEditing(template);
    setSession((current) => current + 1);
    setOpen(true);
  };

  const columns = useMemo(
    () => voucherTemplateColumns({ timeZone: merchant.timeZone, onEdit: openDialog, onRemove: setRemoving }),
    // openDialog and setRemoving only set state, so the columns need not change with them.
    [merchant.timeZone],
  );
  const table = useDataTable({ data: templates.data, columns, getRowId: (template) => template.id });

  const confirmRemove = async (template: TVoucherTemplate) => {
    try {
      await remove.mutateAsync({ merchantId: merchant.id, id: template.id });
      toast.success(`Removed "${template.name}" from the catalogue`);
      await utils.voucherTemplates.find.invalidate();
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="templates-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="templates-heading" className="text-lg font-semibold">
            Voucher templates of {merchant.name}
          </h2>
          <p className="max-w-2xl text-sm text-muted-foreground">
            Staff choose templates by name when they issue a voucher or set up a campaign. Names seen on members&apos;
            vouchers are added here by themselves; check their value type.
          </p>
        </div>
        <Button onClick={() => openDialog(null)}>
          <Plus aria-hidden="true" />
          Add template
        </Button>
      </div>
      <DataTable
        table={table}
        label="Voucher templates"
        loading={templates.isPending}
        error={templates.error}
        onRetry={() => void templates.refetch()}
        empty="No templates yet. Add the ones staff issue from, with their ID from the Stamps dashboard."
      />
      <VoucherTemplateDialog key={session} template={editing} open={open} onOpenChange={setOpen} />
      <AlertDialog open={removing !== null} onOpenChange={(next) => !next && setRemoving(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Remove {removing?.name}?</AlertDialogTitle>
            <AlertDialogDescription>
              Staff can no longer pick it by name. Vouchers already issued and campaigns made from it stay as they are.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Keep it</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={() => removing && void confirmRemove(removing)}>
              Remove template
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </section>
  );
}
