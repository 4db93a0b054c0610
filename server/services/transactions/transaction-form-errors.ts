import type { FormErrorOptions } from "@/server/stamps/to-form-error";

/** The documents' own example reports an unknown store on invoice_number. */
const BY_MESSAGE = [[/store does not exist/i, "store"]] as const;

/** toFormError's options for a transaction form: its field names, and where Stamps misplaces a message. */
export const transactionFormErrors = (fields: Record<string, string>): FormErrorOptions => ({
  fields,
  byMessage: BY_MESSAGE,
});

/** Field names of the sale payloads (add, add-or-update, preview-earnings) → the form's. */
export const SALE_FIELD_NAMES: Record<string, string> = {
  store: "store",
  invoice_number: "invoiceNumber",
  total_value: "totalValue",
  sub_total: "subTotal",
  subtotal: "subTotal",
  service_charge: "serviceCharge",
  number_of_people: "numberOfPeople",
  product_name: "items",
  quantity: "items",
  price: "items",
  stamps_subtotal: "items",
  payment_method: "payments",
  value: "payments",
};
