import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { AddTransactionPage } from "@/components/transactions/add-transaction-page";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Add transaction" };

export default async function NewTransactionPage({
  searchParams,
}: {
  searchParams: Promise<{ member?: string | string[] }>;
}) {
  const staff = await requireArea("transactions");
  if (!staff) return <AccessDenied area="Transactions" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  const { member } = await searchParams;
  if (typeof member !== "string" || !/^\d{1,12}$/.test(member) || Number(member) === 0) {
    return (
      <>
        <PageHeader title="Add a missed transaction" />
        <FindMemberFirst title="Start from the member">
          Open the member the sale belongs to, then choose Add transaction.
        </FindMemberFirst>
      </>
    );
  }
  return <AddTransactionPage memberId={Number(member)} />;
}
