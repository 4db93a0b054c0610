import { ZPreviewEarningsInput, ZStampsPreview } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { previewEarnings } from "@/server/services/transactions/preview-earnings";

/** A preview changes nothing in Stamps, so it is a query and is not audited. */
export const previewEarningsProcedure = merchantProcedure("transactions")
  .input(ZPreviewEarningsInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewEarnings(ctx.stamps, input));
