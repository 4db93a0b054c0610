import type { z } from "zod";
import type { TMemberTransaction, ZFindMemberTransactionsInput } from "@/lib/schemas/transactions";
import type { StampsClient, TStampsUserTransaction } from "@/server/stamps";
import { businessDate, fromUnixSeconds } from "@/lib/merchant-time";
import { toStatus } from "./stamps-lines";

type Merchant = { stampsMerchantId: number; timeZone: string };
type Input = z.output<typeof ZFindMemberTransactionsInput>;

export function toMemberTransaction(row: TStampsUserTransaction, merchant: Merchant): TMemberTransaction {
  const createdAt = fromUnixSeconds(row.created);
  return {
    id: row.id,
    createdAt,
    businessDate: businessDate(createdAt, merchant.timeZone),
    invoiceNumber: row.invoice_number,
    storeName: row.store?.display_name ?? row.store?.name ?? null,
    merchantName: row.merchant,
    ownMerchant: row.merchant_id === null || row.merchant_id === merchant.stampsMerchantId,
    value: row.value,
    stampsEarned: row.stamps_earned,
    status: toStatus(row.status),
    channel: row.meta?.channel_text ?? null,
  };
}

/**
 * One page of a member's transactions, newest first, as Stamps pages them: the next page starts
 * below the last ID of this one.
 */
export async function findMemberTransactions(stamps: StampsClient, merchant: Merchant, input: Input) {
  const page = await stamps.transactions.byUser({
    user: String(input.memberId),
    ...(input.cursor && { last_transaction_id: input.cursor }),
    // Left out, Stamps answers for the token's merchant; [0] asks for every merchant of its group.
    ...(input.scope === "group" && { merchant_id: [0] }),
    ...(input.channels?.length && { channel: input.channels }),
    ...(input.startDate && { start_date: input.startDate }),
    ...(input.endDate && { end_date: input.endDate }),
  });
  const transactions = page.transactions.map((row) => toMemberTransaction(row, merchant));
  return {
    transactions,
    nextCursor: page.has_next && transactions.length > 0 ? transactions[transactions.length - 1]!.id : null,
  };
}
