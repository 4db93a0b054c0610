import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Vouchers" };

export default async function VouchersPage() {
  if (!(await requireArea("vouchers"))) return <AccessDenied area="Vouchers" />;
  return (
    <>
      <PageHeader title="Vouchers" />
      <FindMemberFirst title="Start from the member">Vouchers are issued to and listed for one member at a time.</FindMemberFirst>
    </>
  );
}
