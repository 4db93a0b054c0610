import {
  ZPreviewCompletionInput,
  ZPreviewEarningsInput,
  ZPreviewModificationInput,
  ZStampsPreview,
} from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import {
  previewCompletion,
  previewEarnings,
  previewModification,
} from "@/server/services/transactions/preview-earnings";

// Previews change nothing in Stamps, so they are queries and are not audited.

export const previewEarningsProcedure = merchantProcedure("transactions")
  .input(ZPreviewEarningsInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewEarnings(ctx.stamps, input));

export const previewModificationProcedure = merchantProcedure("transactions")
  .input(ZPreviewModificationInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewModification(ctx.stamps, ctx.merchant, input));

export const previewCompletionProcedure = merchantProcedure("transactions")
  .input(ZPreviewCompletionInput)
  .output(ZStampsPreview)
  .query(({ ctx, input }) => previewCompletion(ctx.stamps, ctx.merchant, input));
