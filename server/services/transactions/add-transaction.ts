import type { z } from "zod";
import type { TTransactionChangeResult, ZAddTransactionInput } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { StampsClient } from "@/server/stamps";
import { toFormError } from "@/server/stamps/to-form-error";
import { wallClockToStamps } from "@/lib/merchant-time";
import { fromCustomerAnswer } from "./change-result";
import { toStampsSale } from "./stamps-lines";
import { SALE_FIELD_NAMES, transactionFormErrors } from "./transaction-form-errors";

type Merchant = { timeZone: string };

// A POS clock a few minutes ahead is not a mistake worth refusing.
const CLOCK_SLACK_MS = 5 * 60_000;

/** Records a sale the POS did not send (a missed transaction) for a member; Stamps awards its stamps. */
export async function addTransaction(
  stamps: StampsClient,
  merchant: Merchant,
  input: z.output<typeof ZAddTransactionInput>,
): Promise<TTransactionChangeResult> {
  const created = wallClockToStamps(input.created, merchant.timeZone);
  if (created.instant.getTime() > Date.now() + CLOCK_SLACK_MS) {
    const message = "The sale can't be in the future";
    throw new AppError("BAD_REQUEST", { userMessage: message, fieldErrors: { created: message } });
  }
  try {
    return fromCustomerAnswer(
      await stamps.transactions.add({
        ...toStampsSale(input, input.memberId),
        invoice_number: input.invoiceNumber,
        number_of_people: input.numberOfPeople,
        created: created.iso,
      }),
    );
  } catch (error) {
    throw toFormError(error, transactionFormErrors({ ...SALE_FIELD_NAMES, created: "created" }));
  }
}
