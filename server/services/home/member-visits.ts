import type { PrismaClient } from "@/server/generated/prisma/client";

/** Remembers that a staff member opened a member's page, for their start page. */
export async function recordMemberVisit(
  db: PrismaClient,
  visit: { staffId: string; merchantId: string; memberId: number; memberName: string },
) {
  const { staffId, merchantId, memberId, memberName } = visit;
  await db.memberVisit.upsert({
    where: { staffId_merchantId_memberId: { staffId, merchantId, memberId } },
    create: { staffId, merchantId, memberId, memberName },
    update: { memberName, visitedAt: new Date() },
  });
}
