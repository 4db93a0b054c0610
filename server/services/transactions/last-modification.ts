import type { PrismaClient } from "@/server/generated/prisma/client";

/**
 * When the back office last modified this transaction, from its own audit log: Stamps' details keep the status
 * "New" after a modify and say nothing of it. Null when it never did (a POS may still have).
 */
export async function lastModification(db: PrismaClient, merchantId: string, transactionId: number) {
  const event = await db.auditEvent.findFirst({
    where: {
      action: "transactions.modify",
      outcome: "OK",
      merchantId,
      // The request is the procedure's input as JSON: match the whole number, not a prefix of a longer ID.
      OR: [
        { request: { contains: `"transactionId":${transactionId},` } },
        { request: { contains: `"transactionId":${transactionId}}` } },
      ],
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return event?.createdAt ?? null;
}
