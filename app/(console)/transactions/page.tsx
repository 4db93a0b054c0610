import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { FindByInvoiceForm } from "@/components/transactions/find-by-invoice-form";
import { FindTransactionForm } from "@/components/transactions/find-transaction-form";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Transactions" };

export default async function TransactionsPage() {
  const staff = await requireArea("transactions");
  if (!staff) return <AccessDenied area="Transactions" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  return (
    <>
      <PageHeader
        title="Transactions"
        description="Look a transaction up by its invoice number or ID, then cancel it, take part of it back or record its items."
      />
      <div className="grid gap-6">
        <FindByInvoiceForm />
        <FindTransactionForm />
        <FindMemberFirst title="Or start from the member">
          A member&apos;s Transactions tab lists their sales with filters, and adds a sale the POS missed.
        </FindMemberFirst>
      </div>
    </>
  );
}
