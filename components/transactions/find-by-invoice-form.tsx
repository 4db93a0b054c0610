"use client";

import { ReceiptText, Search } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { LabeledInput } from "@/components/console/labeled-input";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getErrorMessage, parseError } from "@/lib/errors";
import { useUrlState } from "@/lib/hooks/use-url-state";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import { ZFindTransactionsByInvoiceInput, type TInvoiceMatch } from "@/lib/schemas/transactions";
import { api } from "@/lib/trpc/react";
import { StatusBadge, transactionHref } from "./transaction-bits";

/**
 * Finds a transaction by the invoice number on the receipt. Stamps cannot search by invoice number, so this looks in
 * what the back office added and, with a member, in their history. The search lives in the URL (?invoice=&member=).
 */
export function FindByInvoiceForm() {
  const merchant = useMerchant();
  const { params, set } = useUrlState();
  const invoice = params.get("invoice") ?? "";
  const member = params.get("member") ?? "";
  const [draft, setDraft] = useState({ invoice, member });
  const [errors, setErrors] = useState<{ invoiceNumber?: string; member?: string }>({});
  const query = api.transactions.findByInvoice.useQuery(
    { merchantId: merchant.id, invoiceNumber: invoice, ...(member && { member }) },
    { enabled: invoice !== "", retry: false },
  );
  const fieldErrors = { ...(query.error ? parseError(query.error).fieldErrors : {}), ...errors };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZFindTransactionsByInvoiceInput.safeParse({ invoiceNumber: draft.invoice, member: draft.member });
    if (!parsed.success) {
      const flat = parsed.error.flatten().fieldErrors;
      setErrors({ invoiceNumber: flat.invoiceNumber?.[0], member: flat.member?.[0] });
      return;
    }
    setErrors({});
    // A new history entry: Back returns to the previous search.
    set({ invoice: parsed.data.invoiceNumber, member: parsed.data.member }, { history: "push" });
  }

  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>Find a transaction by invoice number</CardTitle>
        <CardDescription>
          Stamps cannot search by invoice number. This looks in the transactions added through this back office and, if
          you name the member, in their history in Stamps.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
          <LabeledInput
            id="find-invoice"
            label="Invoice number"
            className="font-mono"
            value={draft.invoice}
            onChange={(event) => setDraft({ ...draft, invoice: event.target.value })}
            error={fieldErrors.invoiceNumber}
          />
          <LabeledInput
            id="find-invoice-member"
            label="Member (optional)"
            placeholder="Email, phone, card or member ID"
            value={draft.member}
            onChange={(event) => setDraft({ ...draft, member: event.target.value })}
            error={fieldErrors.member}
          />
          <Button type="submit" className="sm:mt-[1.375rem]" loading={query.isFetching}>
            <Search className="size-4" aria-hidden />
            Find
          </Button>
        </form>
        {invoice && query.error && !parseError(query.error).fieldErrors.member ? (
          <p role="alert" className="text-sm text-destructive">
            {getErrorMessage(query.error)}
          </p>
        ) : null}
        {query.data ? <InvoiceResults invoice={invoice} data={query.data} /> : null}
      </CardContent>
    </Card>
  );
}

function InvoiceResults({
  invoice,
  data,
}: {
  invoice: string;
  data: { matches: TInvoiceMatch[]; member: { id: number; name: string } | null; searched: number; olderLeft: boolean };
}) {
  const where = data.member
    ? `the back office's records and ${data.member.name}'s last ${formatNumber(data.searched)} transactions`
    : "the transactions added through this back office";
  return (
    <div className="grid gap-2" data-testid="invoice-results">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {data.matches.length === 0
          ? `No transaction with invoice ${invoice} in ${where}.`
          : `${data.matches.length} found in ${where}.`}
        {data.olderLeft ? " Older transactions were not searched." : ""}
        {!data.member && data.matches.length === 0 ? " Name the member to search their history in Stamps too." : ""}
      </p>
      {data.matches.length > 0 ? (
        <ul className="divide-y rounded-md border">
          {data.matches.map((match) => (
            <li key={match.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <div className="grid gap-0.5">
                <Link
                  href={transactionHref(match.id, match.memberId ?? undefined)}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  Invoice <span className="font-mono">{match.invoiceNumber}</span> · transaction #{match.id}
                </Link>
                <span className="text-muted-foreground">
                  {match.businessDate ? formatDate(match.businessDate) : "—"}
                  {match.memberName ? ` · ${match.memberName}` : match.memberId ? ` · member ${match.memberId}` : ""}
                  {match.value !== null ? ` · ${formatRupiah(match.value)}` : ""}
                  {match.source === "back-office" ? " · added through the back office" : ""}
                </span>
              </div>
              {match.status ? <StatusBadge status={match.status} /> : <ReceiptText className="size-4 opacity-50" />}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
