"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/data-table/data-table-states";
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
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { VALUE_TYPE_LABELS, type TVoucherTemplate } from "@/lib/schemas/voucher-templates";
import { api } from "@/lib/trpc/react";
import { VoucherTemplateDialog } from "./voucher-template-dialog";

const COLUMNS = 5;

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
      <div className="rounded-lg border">
        <Table aria-label="Voucher templates">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Stamps template ID</TableHead>
              <TableHead>Value</TableHead>
              <TableHead>Changed</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {templates.isPending ? <LoadingRows columns={COLUMNS} /> : null}
            {templates.isError ? (
              <ErrorRow columns={COLUMNS} error={templates.error} onRetry={() => void templates.refetch()} />
            ) : null}
            {templates.data?.length === 0 ? (
              <EmptyRow columns={COLUMNS}>
                No templates yet. Add the ones staff issue from, with their ID from the Stamps dashboard.
              </EmptyRow>
            ) : null}
            {templates.data?.map((template) => (
              <TableRow key={template.id}>
                <TableCell className="font-medium">{template.name}</TableCell>
                <TableCell className="tabular-nums">{template.stampsTemplateId}</TableCell>
                <TableCell>
                  {template.source === "LEARNED" ? (
                    <Badge variant="warning" title="Read from a voucher Stamps returned; an admin has not confirmed it">
                      Seen on a voucher: check
                    </Badge>
                  ) : (
                    VALUE_TYPE_LABELS[template.valueType]
                  )}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {formatDateTime(template.updatedAt, merchant.timeZone)}
                </TableCell>
                <TableCell className="space-x-2 text-right">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Edit ${template.name}`}
                    onClick={() => openDialog(template)}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove ${template.name}`}
                    onClick={() => setRemoving(template)}
                  >
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
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
