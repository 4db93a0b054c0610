import type { PrismaClient } from "@/server/generated/prisma/client";

/**
 * Keeps what the back office itself knows about a transaction it added: Stamps cannot search by invoice number and
 * its details do not name the member. A failure here must not undo the sale Stamps already holds, so it is logged.
 */
export async function recordAddedTransaction(
  db: PrismaClient,
  record: {
    merchantId: string;
    staff: { id: string; email: string };
    stampsTransactionId: number;
    invoiceNumber: string;
    businessDate: string;
    memberId: number;
  },
  /** Asked only when this staff member never opened the member's page (it remembers the name). */
  fetchMemberName: () => Promise<string | null>,
) {
  const visit = await db.memberVisit.findUnique({
    where: {
      staffId_merchantId_memberId: {
        staffId: record.staff.id,
        merchantId: record.merchantId,
        memberId: record.memberId,
      },
    },
    select: { memberName: true },
  });
  const data = {
    invoiceNumber: record.invoiceNumber,
    businessDate: record.businessDate,
    memberId: record.memberId,
    memberName: visit?.memberName ?? (await fetchMemberName().catch(() => null)),
    staffEmail: record.staff.email,
  };
  await db.recordedTransaction.upsert({
    where: {
      merchantId_stampsTransactionId: {
        merchantId: record.merchantId,
        stampsTransactionId: record.stampsTransactionId,
      },
    },
    create: { merchantId: record.merchantId, stampsTransactionId: record.stampsTransactionId, ...data },
    update: data,
  });
}

export function findRecordedTransaction(db: PrismaClient, merchantId: string, stampsTransactionId: number) {
  return db.recordedTransaction.findUnique({
    where: { merchantId_stampsTransactionId: { merchantId, stampsTransactionId } },
  });
}
