"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/console/table-states";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { api } from "@/lib/trpc/react";
import { MerchantDialog, type Merchant } from "./merchant-dialog";

const COLUMNS = 7;

export function MerchantsTable() {
  const merchants = api.merchants.find.useQuery();
  const [editing, setEditing] = useState<Merchant | null>(null);
  const [open, setOpen] = useState(false);
  // A new key per opening remounts the dialog, so its form starts fresh every time.
  const [session, setSession] = useState(0);

  const openDialog = (merchant: Merchant | null) => {
    setEditing(merchant);
    setSession((current) => current + 1);
    setOpen(true);
  };

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

      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Stamps merchant ID</TableHead>
              <TableHead>API base URL</TableHead>
              <TableHead>Token type</TableHead>
              <TableHead>Token</TableHead>
              <TableHead>Time zone</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {merchants.isPending ? <LoadingRows columns={COLUMNS} /> : null}
            {merchants.isError ? (
              <ErrorRow columns={COLUMNS} error={merchants.error} onRetry={() => void merchants.refetch()} />
            ) : null}
            {merchants.data?.length === 0 ? (
              <EmptyRow columns={COLUMNS}>No merchants yet. Add one to connect the back office to Stamps.</EmptyRow>
            ) : null}
            {merchants.data?.map((merchant) => (
              <TableRow key={merchant.id}>
                <TableCell className="font-medium">{merchant.name}</TableCell>
                <TableCell className="tabular-nums">{merchant.stampsMerchantId}</TableCell>
                <TableCell className="max-w-64 truncate" title={merchant.apiBaseUrl}>
                  {merchant.apiBaseUrl}
                </TableCell>
                <TableCell>{merchant.tokenType}</TableCell>
                <TableCell className="font-mono text-xs">•••• {merchant.tokenLast4}</TableCell>
                <TableCell>{merchant.timeZone}</TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Edit ${merchant.name}`}
                    onClick={() => openDialog(merchant)}
                  >
                    Edit
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <MerchantDialog key={session} merchant={editing} open={open} onOpenChange={setOpen} />
    </section>
  );
}
