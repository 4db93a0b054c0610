import type { Metadata } from "next";
import { NewCampaignForm } from "@/components/campaigns/new-campaign-form";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const staff = await requireArea("campaigns");
  if (!staff) return <AccessDenied area="Campaigns" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Choose what every member gets. Next you add the members from a CSV file and check them before anything is issued."
      />
      <NewCampaignForm />
    </>
  );
}
