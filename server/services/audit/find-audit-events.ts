import type { TAuditFilters, TFindAuditEventsInput } from "@/lib/schemas/audit";
import { wallClockToStamps } from "@/lib/merchant-time";
import { AppError } from "@/server/errors";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";
import { memberTarget } from "./audit-targets";
import { PENDING_OUTCOME } from "./record-audit-event";

/** Whose audit log a staff member may read: the merchants they work for (and the time zone their dates mean). */
export type AuditScope = { merchants: readonly { id: string; timeZone: string }[]; isOwner?: boolean };

/** The day after a YYYY-MM-DD date. */
function nextDay(date: string) {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + 1)).toISOString().slice(0, 10);
}

/**
 * The events a staff member may read, narrowed by the filters: those of their merchants, and those without a
 * merchant (sign-ins, staff changes) by staff who work for one of them. A merchant they do not work for is refused.
 */
export function auditWhere(scope: AuditScope, filters: TAuditFilters): Prisma.AuditEventWhereInput {
  const allowed = scope.merchants.map((merchant) => merchant.id);
  if (filters.merchantId && !allowed.includes(filters.merchantId)) {
    throw new AppError("FORBIDDEN", {
      userMessage: "You do not work for this merchant, so its audit log is not yours to read.",
    });
  }
  const timeZone =
    scope.merchants.find((merchant) => merchant.id === filters.merchantId)?.timeZone ??
    scope.merchants[0]?.timeZone ??
    "Asia/Jakarta";
  const dayStart = (date: string) => wallClockToStamps(`${date}T00:00`, timeZone).instant;
  const outcome =
    filters.outcome === "ok"
      ? "OK"
      : filters.outcome === "pending"
        ? PENDING_OUTCOME
        : filters.outcome === "refused"
          ? { notIn: ["OK", PENDING_OUTCOME] }
          : undefined;
  const targets = [
    filters.memberId === undefined ? null : { target: memberTarget(filters.memberId) },
    filters.target ? { target: { contains: filters.target } } : null,
  ].filter((where) => where !== null);
  return {
    AND: [
      // An owner (the first admin, who works for every merchant) also sees events of no one's merchant, such as
      // sign-ins tried with unknown emails.
      scope.isOwner
        ? {}
        : {
            OR: [
              { merchantId: { in: allowed } },
              { merchantId: null, staff: { merchants: { some: { merchantId: { in: allowed } } } } },
            ],
          },
      ...targets,
      {
        ...(filters.merchantId && { merchantId: filters.merchantId }),
        ...(filters.staff && { staffEmail: { contains: filters.staff } }),
        ...(filters.action &&
          (filters.action.endsWith(".") ? { action: { startsWith: filters.action } } : { action: filters.action })),
        ...(outcome && { outcome }),
        ...((filters.from || filters.to) && {
          createdAt: {
            ...(filters.from && { gte: dayStart(filters.from) }),
            ...(filters.to && { lt: dayStart(nextDay(filters.to)) }),
          },
        }),
      },
    ],
  };
}

export const AUDIT_ORDER = [
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.AuditEventOrderByWithRelationInput[];

const withMerchantName = <T extends { merchant: { name: string } | null }>({ merchant, ...event }: T) => ({
  ...event,
  merchantName: merchant?.name ?? null,
});

/** Newest first, paged by cursor (the last event's id). */
export async function findAuditEvents(
  db: PrismaClient,
  scope: AuditScope,
  input: Required<Pick<TFindAuditEventsInput, "limit">> & TAuditFilters & { cursor?: string },
) {
  const rows = await db.auditEvent.findMany({
    where: auditWhere(scope, input),
    orderBy: AUDIT_ORDER,
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    include: { merchant: { select: { name: true } } },
  });
  const page = rows.slice(0, input.limit);
  return {
    events: page.map(withMerchantName),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** One event the staff member may read, for the detail view. */
export async function getAuditEvent(db: PrismaClient, scope: AuditScope, id: string) {
  const event = await db.auditEvent.findFirst({
    where: { AND: [{ id }, auditWhere(scope, {})] },
    include: { merchant: { select: { name: true } } },
  });
  if (!event)
    throw new AppError("NOT_FOUND", { userMessage: "There is no such audit event in the merchants you work for." });
  return withMerchantName(event);
}
