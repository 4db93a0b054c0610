import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { MemberDetail } from "@/components/members/member-detail";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const staff = await requireArea("members");
  if (!staff) return <AccessDenied area="Members" />;
  const merchant = await getCurrentMerchant(staff);
  if (!merchant) return <NoMerchant />;
  const { memberId } = await params;
  if (!/^\d{1,12}$/.test(memberId)) notFound();

  return <MemberDetail memberId={Number(memberId)} />;
}
