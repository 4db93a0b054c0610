import type { TCancelRedemptionInput } from "@/lib/schemas/redemptions";
import { logger } from "@/server/logger";
import { resolveMember, type ResolvedMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";
import { listAllVouchers, toVoucherSummary, type VoucherSummary } from "./redemption-member";

export type CanceledRedemption = {
  redemptionId: number;
  status: string | null;
  member: { id: number; name: string };
  /** The member the agent named, when Stamps says the redemption was someone else's. */
  enteredMemberId: number | null;
  stampsBefore: number | null;
  stampsAfter: number | null;
  replacementRequested: boolean;
  replacementVoucher: VoucherSummary | null;
  /** Set when the cancel went through but a follow-up read failed: what could not be shown. */
  notice: string | null;
};

type Options = {
  /** Called when Stamps says the redemption belonged to another member than the one entered. */
  onOtherMember?: (memberId: number) => Promise<void>;
};

const voucherIds = async (stamps: StampsClient, member: ResolvedMember) =>
  new Set((await listAllVouchers(stamps, member.identifier)).map((voucher) => voucher.id));

/**
 * redemptions/cancel. Stamps' answer names neither the stamps given back nor the replacement voucher,
 * so the member's stamps and vouchers are read before and after: the difference is what changed.
 */
export async function cancelRedemption(
  stamps: StampsClient,
  merchant: number,
  input: Omit<TCancelRedemptionInput, "reason">,
  options: Options = {},
): Promise<CanceledRedemption> {
  const entered = await resolveMember(stamps, merchant, input.memberId);
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
    () =>
      stamps.redemptions.cancel({ id: input.redemptionId, create_replacement_voucher: input.createReplacementVoucher }),
  );

  // The cancel has happened; from here on a failed read is reported, never thrown.
  const ownerId = answer.customer?.id ?? entered.id;
  const sameMember = ownerId === entered.id;
  if (!sameMember) await options.onOtherMember?.(ownerId);
  const notices: string[] = [];
  let after: ResolvedMember | null = null;
  try {
    after = await resolveMember(stamps, merchant, ownerId);
  } catch (error) {
    logger.warn("redemptions.cancel.status_after_failed", { error: error instanceof Error ? error.message : error });
    notices.push("Stamps did not answer when asked for the member's stamps afterwards.");
  }

  let replacement: VoucherSummary | null = null;
  if (before && after && sameMember) {
    try {
      const fresh = (await listAllVouchers(stamps, after.identifier)).filter((voucher) => !before.has(voucher.id));
      const newest = fresh.sort((a, b) => b.id - a.id)[0];
      replacement = newest ? toVoucherSummary(newest) : null;
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
