import type { PrismaClient } from "@/server/generated/prisma/client";
import { memberTarget } from "./audit-targets";

/** What our staff did to one member of one merchant, newest first. */
export function findMemberActivity(db: PrismaClient, merchantId: string, memberId: number, limit = 100) {
  return db.auditEvent.findMany({
    where: { merchantId, target: memberTarget(memberId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, staffEmail: true, action: true, reason: true, outcome: true, message: true },
  });
}
