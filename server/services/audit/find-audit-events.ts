import type { TFindAuditEventsInput } from "@/lib/schemas/audit";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";

/**
 * Newest first, paged by cursor (the last event's id). `scope`: the viewer sees the events of the merchants they
 * work for, and their own; null for an owner, who sees every event (those of no merchant too).
 */
export async function findAuditEvents(
  db: PrismaClient,
  input: Required<Pick<TFindAuditEventsInput, "limit">> & TFindAuditEventsInput,
  scope: { merchantIds: readonly string[]; staffId: string } | null,
) {
  const where: Prisma.AuditEventWhereInput = {
    ...(scope && { OR: [{ merchantId: { in: [...scope.merchantIds] } }, { staffId: scope.staffId }] }),
    ...(input.merchantId && { merchantId: input.merchantId }),
    ...(input.staffEmail && { staffEmail: { contains: input.staffEmail } }),
    ...(input.action && { action: { startsWith: input.action } }),
    ...(input.target && { target: { contains: input.target } }),
    ...(input.outcome === "ok" && { outcome: "OK" }),
    ...(input.outcome === "error" && { outcome: { not: "OK" } }),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    include: { merchant: { select: { name: true } } },
  });
  const page = rows.slice(0, input.limit);
  return {
    events: page.map(({ merchant, ...event }) => ({ ...event, merchantName: merchant?.name ?? null })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
