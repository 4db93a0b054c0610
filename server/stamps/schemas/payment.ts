import { z } from "zod";
import { ZNumber, ZOptionalCode, ZOptionalId, orNull } from "./common";

/** Request side: one payment of a transaction. */
export const ZStampsPaymentInput = z.object({
  value: z.number(),
  payment_method: z.union([z.number().int(), z.string().min(1)]),
  /** Whether this payment counts towards the member's level; Stamps defaults to true. */
  eligible_for_membership: z.boolean().optional(),
});
export type TStampsPaymentInput = z.input<typeof ZStampsPaymentInput>;

/** Response side: a payment of GET transactions/details. */
export const ZStampsTransactionPayment = z.object({
  id: ZOptionalId,
  value: ZNumber,
  /** The example shows a number (150) where the name suggests a flag; both are kept as sent. */
  eligible_for_stamps: orNull(z.union([z.boolean(), ZNumber])),
  payment_method_code: ZOptionalCode,
});
export type TStampsTransactionPayment = z.output<typeof ZStampsTransactionPayment>;
