import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Transactions" };

export default async function TransactionsPage() {
  if (!(await requireArea("transactions"))) return <AccessDenied area="Transactions" />;
  return (
    <>
      <PageHeader title="Transactions" />
      <FindMemberFirst title="Start from the member">The Stamps API looks transactions up by member or by ID, so open the member whose transaction needs fixing.</FindMemberFirst>
    </>
  );
}
