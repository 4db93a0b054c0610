import type { z } from "zod";
import type { TTransactionChangeResult, ZCancelTransactionInput } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { StampsClient } from "@/server/stamps";
import { isInsufficientStamps, isStampsNotFound } from "@/server/stamps/to-form-error";
import { businessDate, fromUnixSeconds } from "@/lib/merchant-time";
import { fromMembershipAnswer } from "./change-result";
import { fetchTransaction } from "./get-transaction";

type Merchant = { stampsMerchantId: number; timeZone: string };
type Input = z.output<typeof ZCancelTransactionInput>;

const plural = (count: number) => `${count.toLocaleString("id-ID")} stamp${count === 1 ? "" : "s"}`;

/** Why Stamps refused, with the numbers when we can get them, and what the agent can do instead. */
async function explainInsufficientStamps(stamps: StampsClient, merchant: Merchant, input: Input, cause: unknown) {
  const [earned, held] = await Promise.all([
    stamps.transactions
      .details({ merchant: merchant.stampsMerchantId, transaction_id: input.transactionId })
      .then(({ transaction }) => transaction.stamps)
      .catch(() => null),
    input.memberId === undefined
      ? null
      : stamps.memberships
          .status({ user: String(input.memberId), merchant: merchant.stampsMerchantId })
          .then((member) => member.stamps)
          .catch(() => null),
  ]);
  const numbers =
    earned !== null && held !== null
      ? ` (it earned ${plural(earned)}; they have ${plural(held)} left)`
      : earned !== null
        ? ` (it earned ${plural(earned)})`
        : "";
  return new AppError("BAD_REQUEST", {
    userMessage:
      `Stamps won't cancel this transaction: the member has already spent stamps it earned, and a cancel can't take their stamps below zero${numbers}. ` +
      "Instead, take off only what was refunded with Modify, or cancel the redemption that used the stamps and then cancel this transaction.",
    upstreamCode: "insufficient_stamps",
    cause,
  });
}

/** Cancels a transaction by invoice number and business date, as Stamps' cancel asks; its stamps are taken back. */
export async function cancelTransaction(
  stamps: StampsClient,
  merchant: Merchant,
  input: Input,
): Promise<TTransactionChangeResult> {
  // Stamps cancels by invoice and date; make sure they still name the transaction the agent is looking at.
  const transaction = await fetchTransaction(stamps, merchant, input.transactionId);
  const date = businessDate(fromUnixSeconds(transaction.created), merchant.timeZone);
  if (transaction.invoice_number !== input.invoiceNumber || date !== input.date) {
    throw new AppError("CONFLICT", {
      userMessage: `Transaction ${input.transactionId} is invoice ${transaction.invoice_number ?? "?"} of ${date ?? "?"}, not ${input.invoiceNumber} of ${input.date}. Reload the page and try again.`,
    });
  }
  if (transaction.status?.toLowerCase().startsWith("cancel")) {
    throw new AppError("BAD_REQUEST", { userMessage: "This transaction is already cancelled." });
  }
  try {
    const answer = await stamps.transactions.cancel({ invoice_number: input.invoiceNumber, date: input.date });
    return fromMembershipAnswer(answer, input.memberId);
  } catch (error) {
    if (isInsufficientStamps(error)) throw await explainInsufficientStamps(stamps, merchant, input, error);
    if (isStampsNotFound(error)) {
      throw new AppError("NOT_FOUND", {
        userMessage: `Stamps has no transaction with invoice ${input.invoiceNumber} on ${input.date}.`,
        cause: error,
      });
    }
    throw error;
  }
}
