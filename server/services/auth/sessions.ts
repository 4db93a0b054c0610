import type { PrismaClient } from "@/server/generated/prisma/client";

/** Every session cookie issued for this staff member so far stops working at its next request. */
export async function endAllSessions(db: Pick<PrismaClient, "staff">, staffId: string) {
  await db.staff.update({ where: { id: staffId }, data: { sessionVersion: { increment: 1 } } });
}
