import { z } from "zod";
import {
  bodyBoolean,
  bodyChannel,
  bodyInteger,
  bodyJsonObject,
  bodyList,
  bodyNonNegativeInteger,
  bodyNonNegativeNumber,
  bodyString,
} from "../http/body-fields";
import { bodyDateTime, bodyOptionalText, bodyTransactionType } from "./transaction-fields";

/** Item object; `price` is the older name of `subtotal`. */
export const ZTransactionItem = z.object({
  product_name: bodyString.required(),
  quantity: bodyNonNegativeNumber.required(),
  subtotal: bodyNonNegativeNumber.optional(),
  price: bodyNonNegativeNumber.optional(),
  stamps_subtotal: bodyNonNegativeInteger.optional(),
  eligible_for_stamps: bodyBoolean.optional(),
  extra_data: bodyJsonObject.optional(),
});
export type TTransactionItem = z.infer<typeof ZTransactionItem>;

export const ZTransactionPayment = z.object({
  value: bodyNonNegativeNumber.required(),
  payment_method: bodyInteger.required(),
  eligible_for_membership: bodyBoolean.optional(),
});
export type TTransactionPayment = z.infer<typeof ZTransactionPayment>;

/**
 * POST /api/v2/transactions/add. A plain object schema so add-with-redemptions can `.extend()` it.
 * `subtotal` is accepted beside the documented `sub_total` (the legacy API's and modify's name).
 */
export const ZAddTransactionInput = z.object({
  user: bodyOptionalText(),
  store: bodyInteger.required(),
  invoice_number: bodyString.required(),
  total_value: bodyNonNegativeNumber.required(),
  number_of_people: bodyNonNegativeInteger.required(),
  created: bodyDateTime(),
  sub_total: bodyNonNegativeNumber.optional(),
  subtotal: bodyNonNegativeNumber.optional(),
  discount: bodyNonNegativeNumber.optional(),
  service_charge: bodyNonNegativeNumber.optional(),
  tax: bodyNonNegativeNumber.optional(),
  channel: bodyChannel.optional(),
  type: bodyTransactionType(),
  items: bodyList(ZTransactionItem).optional(),
  payments: bodyList(ZTransactionPayment).optional(),
  stamps: bodyNonNegativeInteger.optional(),
  require_email_notification: bodyBoolean.optional(),
  employee_code: bodyOptionalText(),
  extra_data: bodyJsonObject.optional(),
});
export type TAddTransactionInput = z.infer<typeof ZAddTransactionInput>;
