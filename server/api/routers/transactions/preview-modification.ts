import { ZPreviewModificationInput, ZStampsPreview } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { previewModification } from "@/server/services/transactions/preview-modification";

/** A preview changes nothing in Stamps, so it is a query and is not audited. */
export const previewModificationProcedure = merchantProcedure("transactions")
  .input(ZPreviewModificationInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewModification(ctx.stamps, ctx.merchant, input));
