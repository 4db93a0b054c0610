import { ApiError, fieldInvalid } from "../http/errors";

export const storeDoesNotExist = () => fieldInvalid("invoice_number", "Store does not exist");

export const duplicateInvoice = () =>
  fieldInvalid("invoice_number", "Transaction with this invoice number already exists.");

export const memberNotFound = (user: string) => fieldInvalid("user", `Member with identifier "${user}" not found.`);

export const paymentMethodNotFound = (id: number) =>
  fieldInvalid("payment_method", `Invalid pk "${id}" - object does not exist.`);

export const insufficientBalance = () => fieldInvalid("payments", "Insufficient balance");

/** add-or-update: the items do not add up to the value the transaction was added with. */
export const invalidTotalItemPrice = () =>
  new ApiError(400, {
    error_code: "invalid_total_item_price",
    detail: "Total item price need to equal transaction value",
  });

export const detailAlreadyComplete = () =>
  fieldInvalid("invoice_number", "This Transaction's detail is already complete.");
