import type { Metadata } from "next";
import { FindMemberFirst } from "@/components/console/find-member-first";
import { AccessDenied, NoMerchant } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { VouchersHome } from "@/components/vouchers/vouchers-home";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Vouchers" };

export default async function VouchersPage() {
  const staff = await requireArea("vouchers");
  if (!staff) return <AccessDenied area="Vouchers" />;
  const merchant = await getCurrentMerchant(staff);
  if (!merchant) return <NoMerchant />;

  return (
    <>
      <PageHeader
        title="Vouchers"
        description={`Check ${merchant.name} voucher codes and see the rewards catalogue.`}
      />
      <VouchersHome
        issueHint={
          <FindMemberFirst title="Issue a voucher">
            Vouchers are issued to one member at a time: open the member, then choose Issue voucher.
          </FindMemberFirst>
        }
      />
    </>
  );
}
