import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { TransactionDetail } from "@/components/transactions/transaction-detail";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Transaction" };

const ID = /^\d{1,12}$/;

export default async function TransactionPage({
  params,
  searchParams,
}: {
  params: Promise<{ transactionId: string }>;
  searchParams: Promise<{ member?: string | string[] }>;
}) {
  const staff = await requireArea("transactions");
  if (!staff) return <AccessDenied area="Transactions" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  const { transactionId } = await params;
  if (!ID.test(transactionId) || Number(transactionId) === 0) notFound();
  const { member } = await searchParams;
  const memberId = typeof member === "string" && ID.test(member) && Number(member) > 0 ? Number(member) : undefined;

  return <TransactionDetail transactionId={Number(transactionId)} memberId={memberId} />;
}
