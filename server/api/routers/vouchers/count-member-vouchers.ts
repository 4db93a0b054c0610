import { z } from "zod";
import { ZCountMemberVouchersInput } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { countMemberVouchers } from "@/server/services/vouchers/find-member-vouchers";

export const countMemberVouchersProcedure = merchantProcedure("vouchers")
  .input(ZCountMemberVouchersInput)
  .output(z.object({ count: z.number() }))
  .query(({ ctx, input }) => countMemberVouchers(ctx, input.memberId));
