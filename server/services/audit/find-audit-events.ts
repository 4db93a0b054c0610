import type { TFindAuditEventsInput } from "@/lib/schemas/audit";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";

/**
 * Newest first, paged by cursor (the last event's id). `merchantIds`: the merchants the viewer works for, whose
 * events alone they see; null for an owner, who also sees events of no merchant (staff changes, sign-ins).
 */
export async function findAuditEvents(
  db: PrismaClient,
  input: Required<Pick<TFindAuditEventsInput, "limit">> & TFindAuditEventsInput,
  merchantIds: readonly string[] | null,
) {
  const where: Prisma.AuditEventWhereInput = {
    ...(merchantIds && { merchantId: { in: [...merchantIds] } }),
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
