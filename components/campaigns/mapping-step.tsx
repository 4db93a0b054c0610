"use client";

import { useState } from "react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getErrorMessage } from "@/lib/errors";
import type { TCampaignDetail } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";

const FIELDS = [
  { key: "identifier", label: "Member", help: "Email, phone number, card number or Stamps member ID", required: true },
  { key: "quantity", label: "Uses per voucher", help: "Otherwise the campaign's default" },
  { key: "value", label: "Value (Rp)", help: "For templates whose value is given when issuing" },
  { key: "notes", label: "Notes", help: "Otherwise the campaign's notes" },
  { key: "startDate", label: "Valid from", help: "Otherwise the campaign's date" },
] as const;
type FieldKey = (typeof FIELDS)[number]["key"];
type Mapping = Record<FieldKey, number | null>;
const NONE = "none";

/** The header row mapped to what the back office needs, guessed from the column names; every choice editable. */
export function MappingStep({ campaign, onDone }: { campaign: TCampaignDetail; onDone: () => void }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const save = api.campaigns.setColumnMapping.useMutation();
  const headers = campaign.fileHeaders ?? [];
  const sample = api.campaigns.findRows.useQuery({
    merchantId: merchant.id,
    campaignId: campaign.id,
    outcome: "all",
    page: 0,
    pageSize: 3,
  });
  const [mapping, setMapping] = useState<Mapping>(() => ({
    identifier: campaign.columnMapping?.identifier ?? null,
    quantity: campaign.columnMapping?.quantity ?? null,
    value: campaign.columnMapping?.value ?? null,
    notes: campaign.columnMapping?.notes ?? null,
    startDate: campaign.columnMapping?.startDate ?? null,
  }));
  const [error, setError] = useState<string | null>(null);

  const samples = (column: number | null) =>
    column === null ? [] : (sample.data?.rows ?? []).map((row) => row.cells[column] ?? "").filter(Boolean);

  const submit = async () => {
    if (mapping.identifier === null) {
      setError("Choose the column that holds the member: their email, phone or card number.");
      return;
    }
    setError(null);
    try {
      await save.mutateAsync({
        merchantId: merchant.id,
        campaignId: campaign.id,
        mapping: { ...mapping, identifier: mapping.identifier },
      });
      await Promise.all([
        utils.campaigns.get.invalidate(),
        utils.campaigns.getSummary.invalidate(),
        utils.campaigns.findRows.invalidate(),
      ]);
      toast.success("Columns saved; every row was checked again.");
      onDone();
    } catch (caught) {
      setError(getErrorMessage(caught));
    }
  };

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        {campaign.fileName ? `${campaign.fileName}: ` : ""}we matched the columns by their names. Change any that are
        wrong; the sample values show what each column holds.
      </p>
      <div className="rounded-lg border">
        <Table aria-label="Column mapping">
          <TableHeader>
            <TableRow>
              <TableHead className="w-56">What the campaign needs</TableHead>
              <TableHead className="w-64">Column in the file</TableHead>
              <TableHead>Sample values</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {FIELDS.map((field) => (
              <TableRow key={field.key}>
                <TableCell className="whitespace-normal">
                  <p className="font-medium">
                    {field.label}
                    {"required" in field ? <span className="text-destructive"> *</span> : null}
                  </p>
                  <p className="text-xs text-muted-foreground">{field.help}</p>
                </TableCell>
                <TableCell>
                  <Select
                    value={mapping[field.key] === null ? NONE : String(mapping[field.key])}
                    onValueChange={(next) =>
                      setMapping((current) => ({ ...current, [field.key]: next === NONE ? null : Number(next) }))
                    }
                    disabled={save.isPending}
                  >
                    <SelectTrigger className="w-full" aria-label={`Column for ${field.label}`}>
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value={NONE}>
                        {"required" in field ? "Choose a column…" : "Not in the file"}
                      </SelectItem>
                      {headers.map((header, index) => (
                        <SelectItem key={index} value={String(index)}>
                          {header || `Column ${index + 1}`}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                </TableCell>
                <TableCell className="max-w-96 truncate font-mono text-xs text-muted-foreground">
                  {samples(mapping[field.key]).join("  ·  ") || "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div>
        <Button onClick={() => void submit()} loading={save.isPending}>
          Check the rows
        </Button>
      </div>
    </div>
  );
}
