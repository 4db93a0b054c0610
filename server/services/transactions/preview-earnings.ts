import type { z } from "zod";
import type { TStampsPreview, ZPreviewEarningsInput } from "@/lib/schemas/transactions";
import type { StampsClient } from "@/server/stamps";
import { toFormError } from "@/server/stamps/to-form-error";
import { toStampsSale } from "./stamps-lines";
import { SALE_FIELD_NAMES, transactionFormErrors } from "./transaction-form-errors";

/** The stamps a new sale would earn, as Stamps computes them; nothing is recorded. */
export async function previewEarnings(
  stamps: StampsClient,
  input: z.output<typeof ZPreviewEarningsInput>,
): Promise<TStampsPreview> {
  try {
    const preview = await stamps.transactions.previewEarnings(toStampsSale(input, input.memberId));
    return { currentStamps: null, newStamps: preview.stamps, newValue: input.totalValue };
  } catch (error) {
    throw toFormError(error, transactionFormErrors(SALE_FIELD_NAMES));
  }
}
