import { z } from "zod";
import { ZId, ZNumber, ZOptionalId, ZOptionalNumber, ZOptionalText, orNull } from "./common";
import { ZStampsTransactionItem } from "./item";
import { ZStampsTransactionPayment } from "./payment";

/** The short `transaction` that add, add-with-redemptions, add-or-update, cancel and modify answer with. */
export const ZStampsTransactionResult = z.object({
  id: ZId,
  value: ZNumber,
  stamps_earned: ZOptionalNumber,
  number_of_people: ZOptionalNumber,
  discount: ZOptionalNumber,
  /** Only cancel sends it ("Canceled"). */
  status: ZOptionalText,
});
export type TStampsTransactionResult = z.output<typeof ZStampsTransactionResult>;

export const ZStampsStore = z.object({
  id: ZOptionalId,
  name: ZOptionalText,
  display_name: ZOptionalText,
});
export type TStampsStore = z.output<typeof ZStampsStore>;

/** GET transactions/details. `created` is a Unix time in seconds; `status` is a word ("Created"). */
export const ZStampsTransaction = z.object({
  id: ZOptionalId,
  invoice_number: ZOptionalText,
  created: ZOptionalNumber,
  value: ZNumber,
  subtotal: ZOptionalNumber,
  discount: ZOptionalNumber,
  service_charge: ZOptionalNumber,
  tax: ZOptionalNumber,
  stamps: ZOptionalNumber,
  status: ZOptionalText,
  type: ZOptionalNumber,
  notes: ZOptionalText,
  store: orNull(ZStampsStore),
  items: z
    .array(ZStampsTransactionItem)
    .nullish()
    .transform((items) => items ?? []),
  payments: z
    .array(ZStampsTransactionPayment)
    .nullish()
    .transform((payments) => payments ?? []),
});
export type TStampsTransaction = z.output<typeof ZStampsTransaction>;

/** One of GET transactions/by-user. `created` is a Unix time in seconds; `status` is a code (STAMPS_TRANSACTION_STATUSES). */
export const ZStampsUserTransaction = z.object({
  id: ZId,
  value: ZNumber,
  stamps_earned: ZOptionalNumber,
  number_of_people: ZOptionalNumber,
  discount: ZOptionalNumber,
  subtotal: ZOptionalNumber,
  invoice_number: ZOptionalText,
  created: ZOptionalNumber,
  merchant: ZOptionalText,
  merchant_id: ZOptionalId,
  status: ZOptionalNumber,
  meta: orNull(z.object({ channel: ZOptionalNumber, channel_text: ZOptionalText })),
  store: orNull(ZStampsStore),
});
export type TStampsUserTransaction = z.output<typeof ZStampsUserTransaction>;
