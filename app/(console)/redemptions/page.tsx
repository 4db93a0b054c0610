import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Redemptions" };

export default async function RedemptionsPage() {
  if (!(await requireArea("redemptions"))) return <AccessDenied area="Redemptions" />;
  return (
    <>
      <PageHeader title="Redemptions" />
      <FindMemberFirst title="Start from the member">Redemptions are found through the member who made them.</FindMemberFirst>
    </>
  );
}
