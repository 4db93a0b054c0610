import { z } from "zod";
import { ZExtraDataInput, ZNumber, ZOptionalId, ZOptionalText } from "./common";

/** Request side: the documents' Item Object. The line total may be called `subtotal` or `price`. */
export const ZStampsItemInput = z.object({
  product_name: z.string().min(1),
  quantity: z.number(),
  subtotal: z.number().optional(),
  price: z.number().optional(),
  stamps_subtotal: z.number().optional(),
  eligible_for_stamps: z.boolean().optional(),
  extra_data: ZExtraDataInput.optional(),
});
export type TStampsItemInput = z.input<typeof ZStampsItemInput>;

/** Response side: an item of GET transactions/details. */
export const ZStampsTransactionItem = z.object({
  id: ZOptionalId,
  name: ZOptionalText,
  quantity: ZNumber,
});
export type TStampsTransactionItem = z.output<typeof ZStampsTransactionItem>;
