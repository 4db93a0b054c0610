import type { z } from "zod";
import type { TTransactionChangeResult, ZModifyTransactionInput } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { StampsClient } from "@/server/stamps";
import { isInsufficientStamps, toFormError } from "@/server/stamps/to-form-error";
import { fromCustomerAnswer } from "./change-result";
import { afterTakingOff, changeableTransaction } from "./change-rules";
import { transactionFormErrors } from "./transaction-form-errors";

type Merchant = { stampsMerchantId: number; timeZone: string };

const MODIFY_FIELD_NAMES = {
  total_value: "takeOffTotal",
  subtotal: "takeOffSubtotal",
  product_name: "items",
  quantity: "items",
};

/**
 * Takes part of a transaction back (a partial refund): Stamps' modify wants differences, so what
 * the agent takes off is sent as negative numbers. Vouchers already issued for the old values stay.
 */
export async function modifyTransaction(
  stamps: StampsClient,
  merchant: Merchant,
  input: z.output<typeof ZModifyTransactionInput>,
): Promise<TTransactionChangeResult> {
  const { transaction } = await changeableTransaction(stamps, merchant, input.transactionId);
  afterTakingOff(transaction, input);
  try {
    return fromCustomerAnswer(
      await stamps.transactions.modify({
        id: input.transactionId,
        total_value: -input.takeOffTotal || 0,
        subtotal: -input.takeOffSubtotal || 0,
        items: input.items
          .filter((item) => item.takeOffQuantity > 0)
          .map((item) => ({ product_name: item.productName, quantity: -item.takeOffQuantity })),
      }),
    );
  } catch (error) {
    if (isInsufficientStamps(error)) {
      throw new AppError("BAD_REQUEST", {
        userMessage:
          "Stamps can't make this change: the member has already spent stamps this transaction earned, and the change would take their stamps below zero. Take off less, or cancel the redemption that used the stamps first.",
        cause: error,
      });
    }
    throw toFormError(error, transactionFormErrors(MODIFY_FIELD_NAMES));
  }
}
