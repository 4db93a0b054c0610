import type { TTransactionDetail } from "@/lib/schemas/transactions";
import type { StampsClient, TStampsTransaction } from "@/server/stamps";
import { AppError } from "@/server/errors";
import { isStampsNotFound } from "@/server/stamps/to-form-error";
import { businessDate, fromUnixSeconds } from "@/lib/merchant-time";
import { toStatus } from "./stamps-lines";

type Merchant = { stampsMerchantId: number; timeZone: string };

const TYPE_LABELS: Record<number, string> = {
  1: "Delivery",
  2: "Dine-in",
  3: "Take out",
  4: "E-Commerce",
  5: "Pickup",
};

export async function fetchTransaction(stamps: StampsClient, merchant: Merchant, transactionId: number) {
  try {
    const { transaction } = await stamps.transactions.details({
      merchant: merchant.stampsMerchantId,
      transaction_id: transactionId,
    });
    return transaction;
  } catch (error) {
    if (!isStampsNotFound(error)) throw error;
    throw new AppError("NOT_FOUND", {
      userMessage: `Stamps has no transaction ${transactionId} for this merchant. Check the ID, or open it from the member's Transactions tab.`,
      fieldErrors: { transactionId: "No transaction with this ID" },
      cause: error,
    });
  }
}

/**
 * The member a transaction was opened for, if Stamps confirms it is theirs: their transactions
 * below ID + 1 on that day start with it. Stamps' details do not name the member.
 */
async function findOwner(
  stamps: StampsClient,
  merchant: Merchant,
  transactionId: number,
  memberId: number,
  date: string | null,
) {
  try {
    const [member, page] = await Promise.all([
      stamps.memberships.status({ user: String(memberId), merchant: merchant.stampsMerchantId }),
      stamps.transactions.byUser({
        user: String(memberId),
        last_transaction_id: transactionId + 1,
        ...(date && { start_date: date, end_date: date }),
      }),
    ]);
    if (page.transactions[0]?.id !== transactionId) return null;
    return { id: member.id, name: member.name, stamps: member.stamps, level: member.membership_status };
  } catch (error) {
    if (isStampsNotFound(error)) return null;
    throw error;
  }
}

export function toTransactionDetail(
  transaction: TStampsTransaction,
  transactionId: number,
  merchant: Merchant,
): Omit<TTransactionDetail, "member" | "recorded"> {
  const createdAt = fromUnixSeconds(transaction.created);
  return {
    id: transaction.id ?? transactionId,
    invoiceNumber: transaction.invoice_number,
    createdAt,
    businessDate: businessDate(createdAt, merchant.timeZone),
    status: toStatus(transaction.status),
    store: {
      id: transaction.store?.id ?? null,
      name: transaction.store?.display_name ?? transaction.store?.name ?? null,
    },
    value: transaction.value,
    subtotal: transaction.subtotal,
    discount: transaction.discount,
    tax: transaction.tax,
    serviceCharge: transaction.service_charge,
    stamps: transaction.stamps,
    type: transaction.type === null ? null : (TYPE_LABELS[transaction.type] ?? String(transaction.type)),
    notes: transaction.notes,
    items: transaction.items.map((item) => ({ id: item.id, name: item.name, quantity: item.quantity })),
    payments: transaction.payments.map((payment) => ({
      id: payment.id,
      method: payment.payment_method_code,
      value: payment.value,
      stamps: typeof payment.eligible_for_stamps === "number" ? payment.eligible_for_stamps : null,
    })),
  };
}

type Recorded = { staffEmail: string; createdAt: Date; memberId: number; memberName: string | null } | null;

/**
 * The transaction, with its member: the one it was opened for if Stamps confirms it, else the one the back office
 * recorded when it added the transaction (confirmed the same way, since Stamps' details never name a member).
 */
export async function getTransaction(
  stamps: StampsClient,
  merchant: Merchant,
  input: { transactionId: number; memberId?: number },
  recorded: Recorded = null,
): Promise<TTransactionDetail> {
  const transaction = await fetchTransaction(stamps, merchant, input.transactionId);
  const detail = toTransactionDetail(transaction, input.transactionId, merchant);
  const ownerId = input.memberId ?? recorded?.memberId;
  const member =
    ownerId === undefined ? null : await findOwner(stamps, merchant, input.transactionId, ownerId, detail.businessDate);
  return {
    ...detail,
    member,
    recorded: recorded && {
      staffEmail: recorded.staffEmail,
      createdAt: recorded.createdAt,
      memberId: recorded.memberId,
      memberName: recorded.memberName,
    },
  };
}
