import { ZPreviewCompletionInput, ZStampsPreview } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { previewCompletion } from "@/server/services/transactions/preview-completion";

/** A preview changes nothing in Stamps, so it is a query and is not audited. */
export const previewCompletionProcedure = merchantProcedure("transactions")
  .input(ZPreviewCompletionInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewCompletion(ctx.stamps, ctx.merchant, input));
