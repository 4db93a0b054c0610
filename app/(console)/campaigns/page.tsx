import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { CampaignsList } from "@/components/campaigns/campaigns-list";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { Button } from "@/components/ui/button";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const staff = await requireArea("campaigns");
  if (!staff) return <AccessDenied area="Campaigns" />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Issue vouchers to a list of members from a spreadsheet: each member once, even if something fails on the way."
        actions={
          <Button asChild>
            <Link href="/campaigns/new">
              <Plus aria-hidden />
              New campaign
            </Link>
          </Button>
        }
      />
      <CampaignsList />
    </>
  );
}
