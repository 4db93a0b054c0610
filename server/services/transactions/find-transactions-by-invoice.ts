import type { TInvoiceMatch, TInvoiceMatches } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { StampsClient } from "@/server/stamps";
import { isStampsNotFound } from "@/server/stamps/to-form-error";
import { toMemberTransaction } from "./find-member-transactions";

type Merchant = { id: string; stampsMerchantId: number; timeZone: string };

/** Pages of the member's history looked through at most (Stamps sends about 10 a page, newest first). */
const MAX_PAGES = 10;

const sameInvoice = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

async function searchMemberHistory(stamps: StampsClient, merchant: Merchant, user: string, invoiceNumber: string) {
  let member;
  try {
    member = await stamps.memberships.status({ user, merchant: merchant.stampsMerchantId });
  } catch (error) {
    if (!isStampsNotFound(error)) throw error;
    throw new AppError("NOT_FOUND", {
      userMessage: `Stamps has no member "${user}". Check the email, phone, card number or member ID.`,
      fieldErrors: { member: "No member found" },
      cause: error,
    });
  }
  const matches: TInvoiceMatch[] = [];
  let cursor: number | undefined;
  let searched = 0;
  let olderLeft = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await stamps.transactions.byUser({
      user: String(member.id),
      ...(cursor && { last_transaction_id: cursor }),
    });
    const rows = answer.transactions.map((row) => toMemberTransaction(row, merchant));
    searched += rows.length;
    for (const row of rows) {
      if (row.ownMerchant && row.invoiceNumber && sameInvoice(row.invoiceNumber, invoiceNumber)) {
        matches.push({
          id: row.id,
          invoiceNumber: row.invoiceNumber,
          businessDate: row.businessDate,
          createdAt: row.createdAt,
          memberId: member.id,
          memberName: member.name,
          value: row.value,
          status: row.status,
          source: "member-history",
        });
      }
    }
    olderLeft = answer.has_next && rows.length > 0;
    if (!olderLeft) break;
    cursor = rows[rows.length - 1]!.id;
  }
  return { member: { id: member.id, name: member.name }, matches, searched, olderLeft };
}

/**
 * Transactions with the invoice number printed on a receipt. Stamps has no search by invoice number, so this looks
 * in what the back office added itself and, when the member is given, in that member's history in Stamps.
 */
export async function findTransactionsByInvoice(
  db: PrismaClient,
  stamps: StampsClient,
  merchant: Merchant,
  input: { invoiceNumber: string; member?: string },
): Promise<TInvoiceMatches> {
  const recorded = await db.recordedTransaction.findMany({
    where: { merchantId: merchant.id, invoiceNumber: input.invoiceNumber },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const matches: TInvoiceMatch[] = recorded.map((row) => ({
    id: row.stampsTransactionId,
    invoiceNumber: row.invoiceNumber,
    businessDate: row.businessDate,
    createdAt: row.createdAt,
    memberId: row.memberId,
    memberName: row.memberName,
    value: null,
    status: null,
    source: "back-office",
  }));
  if (!input.member) return { matches, member: null, searched: 0, olderLeft: false };

  const history = await searchMemberHistory(stamps, merchant, input.member, input.invoiceNumber);
  // Stamps' own row is fresher (status, value) than what we recorded when adding it.
  const merged = [
    ...history.matches,
    ...matches.filter((match) => !history.matches.some((found) => found.id === match.id)),
  ];
  return { matches: merged, member: history.member, searched: history.searched, olderLeft: history.olderLeft };
}
