import { AppError } from "@/server/errors";
import { StampsApiError } from "@/server/stamps";
import { toAppError } from "@/server/stamps/to-app-error";

/** Stamps refuses to cancel or modify when the member has spent the stamps the transaction earned. */
export function isInsufficientStamps(error: unknown): boolean {
  if (!(error instanceof StampsApiError) || error.status !== 400) return false;
  return [error.detail, ...Object.values(error.fieldErrors)].some((text) => /insufficient stamps/i.test(text));
}

/** A Stamps 404, e.g. an unknown member or transaction. */
export function isStampsNotFound(error: unknown): boolean {
  return error instanceof StampsApiError && error.status === 404;
}

const GENERIC_DETAIL = /following error|cannot be completed|invalid request/i;

/**
 * Stamps names fields as its API does (total_value); our forms call them totalValue. Renames the field
 * errors so they land on the form, and replaces Stamps' generic headline ("Your transaction cannot be
 * completed due to the following error(s)") with the errors themselves, for where no field shows them.
 */
export function withFormFieldNames(error: unknown, names: Record<string, string>): unknown {
  const appError = toAppError(error);
  const messages = appError ? Object.values(appError.fieldErrors) : [];
  if (!appError || messages.length === 0) return error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(appError.fieldErrors)) {
    // The documents' own example reports an unknown store on invoice_number.
    const name = /store does not exist/i.test(message) ? "store" : (names[field] ?? field);
    fieldErrors[name] = fieldErrors[name] ? `${fieldErrors[name]} ${message}` : message;
  }
  const userMessage = GENERIC_DETAIL.test(appError.userMessage)
    ? `Stamps refused it: ${messages.map((message) => message.replace(/\.?$/, ".")).join(" ")}`
    : appError.userMessage;
  return new AppError(appError.code, {
    message: appError.message,
    userMessage,
    fieldErrors,
    upstreamCode: appError.upstreamCode,
    cause: error,
  });
}

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
