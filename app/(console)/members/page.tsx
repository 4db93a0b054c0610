import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { MembersHome } from "@/components/members/members-home";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const staff = await requireArea("members");
  if (!staff) return <AccessDenied area="Members" />;
  const merchant = await getCurrentMerchant(staff);
  if (!merchant) return <NoMerchant />;

  return (
    <>
      <PageHeader title="Members" description={`Look up a ${merchant.name} member in Stamps.`} />
      <MembersHome />
    </>
  );
}
