import { todayIn } from "@/lib/merchant-time";
import { toCancelRedemptionRequest } from "@/lib/redemption-requests";
import type { TCanceledRedemption, TCancelRedemptionInput } from "@/lib/schemas/redemptions";
import { logger } from "@/server/logger";
import { resolveMember, type ResolvedMember } from "@/server/services/members/resolve-member";
import { listAllVouchers } from "@/server/services/vouchers/list-all-vouchers";
import { toVoucherSummary } from "@/server/services/vouchers/voucher-summary";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const voucherIds = async (stamps: StampsClient, member: ResolvedMember) =>
  new Set((await listAllVouchers(stamps, member.identifier)).map((voucher) => voucher.id));

/**
 * redemptions/cancel. Stamps' answer names neither the stamps given back nor the replacement voucher,
 * so the member's stamps and vouchers are read before and after: the difference is what changed.
 */
export async function cancelRedemption(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TCancelRedemptionInput, "reason">,
): Promise<TCanceledRedemption> {
  const entered = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const before = input.createReplacementVoucher ? await voucherIds(stamps, entered) : null;

  const answer = await withFormErrors(
    redemptionRefusals({
      fields: { id: "redemptionId" },
      notFound: `Stamps has no redemption ${input.redemptionId} for this merchant. Check the number on the receipt or in the POS.`,
      explanations: {
        insufficient_stamps:
          "Stamps can't cancel this redemption: the member has already spent the stamps it gave them.",
      },
    }),
    () => stamps.redemptions.cancel(toCancelRedemptionRequest(input)),
  );

  // The cancel has happened; from here on a failed read is reported, never thrown.
  const ownerId = answer.customer?.id ?? entered.id;
  const sameMember = ownerId === entered.id;
  const notices: string[] = [];
  let after: ResolvedMember | null = null;
  try {
    after = await resolveMember(stamps, merchant.stampsMerchantId, ownerId);
  } catch (error) {
    logger.warn("redemptions.cancel.status_after_failed", { error: error instanceof Error ? error.message : error });
    notices.push("Stamps did not answer when asked for the member's stamps afterwards.");
  }

  let replacement: TCanceledRedemption["replacementVoucher"] = null;
  if (before && after && sameMember) {
    try {
      const fresh = (await listAllVouchers(stamps, after.identifier)).filter((voucher) => !before.has(voucher.id));
      const newest = fresh.sort((a, b) => b.id - a.id)[0];
      replacement = newest ? toVoucherSummary(newest, todayIn(merchant.timeZone)) : null;
    } catch (error) {
      logger.warn("redemptions.cancel.vouchers_after_failed", {
        error: error instanceof Error ? error.message : error,
      });
      notices.push(
        "Stamps did not answer when asked for the member's vouchers; open the member's Vouchers tab to see them.",
      );
    }
  }

  return {
    redemptionId: answer.redemption.id,
    status: answer.redemption.status,
    member: { id: ownerId, name: after?.name ?? (sameMember ? entered.name : `Member ${ownerId}`) },
    enteredMemberId: sameMember ? null : entered.id,
    stampsBefore: sameMember ? entered.stamps : null,
    stampsAfter: after?.stamps ?? answer.customer?.stamps_remaining ?? null,
    replacementRequested: input.createReplacementVoucher,
    replacementVoucher: replacement,
    notice: notices.length > 0 ? notices.join(" ") : null,
  };
}
