import { resolveMember } from "@/server/services/members/resolve-member";
import type { VoucherScope } from "./find-member-vouchers";

/** Stamps' count of the member's usable vouchers in the merchant group. */
export async function countMemberVouchers({ stamps, merchant }: VoucherScope, memberId: number) {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, memberId);
  const { count } = await stamps.vouchers.countByMerchantGroup({ user: member.identifier });
  return { count };
}
