import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  if (!(await requireArea("campaigns"))) return <AccessDenied area="Campaigns" />;
  return (
    <>
      <PageHeader title="Campaigns" />
      <FindMemberFirst title="Bulk voucher campaigns">Campaigns issue vouchers to a list of members from a CSV file. Until a campaign is set up, vouchers can be issued one member at a time.</FindMemberFirst>
    </>
  );
}
