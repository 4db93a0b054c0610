import { ZMemberRedemptions, ZRedemptionMemberInput } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberRedemptions } from "@/server/services/redemptions/recorded-redemptions";

export const findMemberRedemptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(ZMemberRedemptions)
  .query(({ ctx, input }) => findMemberRedemptions(ctx.db, ctx.merchant.id, input.memberId));
