import { ArrowRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { CancelRedemptionPanel } from "@/components/redemptions/cancel-redemption-panel";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Redemptions" };

export default async function RedemptionsPage({
  searchParams,
}: {
  searchParams: Promise<{ member?: string | string[]; redemption?: string | string[] }>;
}) {
  const staff = await requireArea("redemptions");
  if (!staff) return <AccessDenied area="Redemptions" />;
  const merchant = await getCurrentMerchant(staff);
  if (!merchant) return <NoMerchant />;
  const { member, redemption } = await searchParams;
  const initialMember = typeof member === "string" && /^\d{1,12}$/.test(member) ? member : undefined;
  const initialRedemption =
    typeof redemption === "string" && /^\d{1,12}$/.test(redemption) && Number(redemption) > 0
      ? Number(redemption)
      : undefined;

  return (
    <>
      <PageHeader title="Redemptions" description={`Fix ${merchant.name} redemptions that went wrong at the till.`} />
      <div className="grid max-w-6xl items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <CancelRedemptionPanel
          key={`${initialMember ?? ""}:${initialRedemption ?? ""}`}
          initialMember={initialMember}
          initialRedemption={initialRedemption}
        />
        <Card>
          <CardHeader>
            <CardTitle>Redeem for a member</CardTitle>
            <CardDescription>
              When a POS failed to redeem, redeem for the member from their page: Redeem… offers a reward, one of their
              vouchers, a promo code or a voucher code, at the store where it happened.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 text-sm text-muted-foreground">
            <p>
              The redemption ID is on the POS receipt or in the POS&apos;s redemption log; Stamps gives one for every
              redemption, including those made here.
            </p>
            <Button asChild variant="outline" className="justify-self-start">
              <Link href="/members">
                Find a member
                <ArrowRight aria-hidden />
              </Link>
            </Button>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
