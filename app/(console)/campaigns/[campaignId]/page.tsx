import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignPage } from "@/components/campaigns/campaign-page";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignDetailPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const staff = await requireArea("campaigns");
  if (!staff) return <AccessDenied area="Campaigns" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  const { campaignId } = await params;
  if (!/^\d{1,9}$/.test(campaignId)) notFound();
  return <CampaignPage campaignId={Number(campaignId)} />;
}
