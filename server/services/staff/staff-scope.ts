import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

/**
 * Who is acting: an admin works for their merchants only (an owner's list holds every merchant, see
 * getCurrentStaff), and manages staff only within them.
 */
export type TActor = { id: string; isOwner: boolean; merchants: readonly { id: string }[] };

export const scopeOf = (actor: TActor) => actor.merchants.map((merchant) => merchant.id);

export const mayActFor = (actor: TActor, merchantId: string) =>
  actor.merchants.some((merchant) => merchant.id === merchantId);

const notFound = () =>
  new AppError("NOT_FOUND", { userMessage: "This staff member no longer exists. Reload the page." });

/** Refuses merchants outside the actor's own: an admin grants only what they work for. */
export function assertGrantable(actor: TActor, merchantIds: readonly string[]) {
  if (merchantIds.every((id) => mayActFor(actor, id))) return;
  const message = "You can give only merchants you work for";
  throw new AppError("FORBIDDEN", { userMessage: message, fieldErrors: { merchantIds: message } });
}

export type TManagedStaff = {
  id: string;
  role: "ADMIN" | "SUPPORT" | "MARKETING";
  disabled: boolean;
  isOwner: boolean;
  merchantIds: string[];
  /** Merchants they work for that the actor does not: what the actor may not take from them. */
  outsideScope: string[];
};

/**
 * The staff member as this actor may manage them. Staff of no merchant of the actor's are NOT_FOUND (their
 * existence is not the actor's business); `whole` also requires that they work for no other merchant, for changes
 * that reach beyond one merchant (role, name, password, second factor, disabling); an owner only an owner manages.
 */
export async function loadManagedStaff(
  db: PrismaClient,
  actor: TActor,
  id: string,
  { whole }: { whole: boolean },
): Promise<TManagedStaff> {
  const row = await db.staff.findUnique({
    where: { id },
    select: { id: true, role: true, disabled: true, isOwner: true, merchants: { select: { merchantId: true } } },
  });
  if (!row) throw notFound();
  const merchantIds = row.merchants.map((merchant) => merchant.merchantId);
  const outsideScope = merchantIds.filter((merchantId) => !mayActFor(actor, merchantId));
  if (!actor.isOwner) {
    if (row.id !== actor.id && !merchantIds.some((merchantId) => mayActFor(actor, merchantId))) throw notFound();
    if (row.isOwner) {
      throw new AppError("FORBIDDEN", { userMessage: "Only an owner can change an owner's account." });
    }
    if (whole && outsideScope.length > 0) {
      throw new AppError("FORBIDDEN", {
        userMessage:
          "They also work for merchants you do not manage: ask an owner, or an admin of all their merchants.",
      });
    }
  }
  return { id: row.id, role: row.role, disabled: row.disabled, isOwner: row.isOwner, merchantIds, outsideScope };
}

/**
 * Refuses a change that would leave one of `merchantIds` without an active admin. Owners do not count: a merchant
 * keeps an admin of its own.
 */
export async function assertAdminsRemain(
  db: PrismaClient,
  staffId: string,
  merchantIds: readonly string[],
  message: (merchantName: string) => string,
) {
  for (const merchantId of merchantIds) {
    const others = await db.staff.count({
      where: {
        id: { not: staffId },
        role: "ADMIN",
        disabled: false,
        merchants: { some: { merchantId } },
      },
    });
    if (others === 0) {
      const merchant = await db.merchant.findUnique({ where: { id: merchantId }, select: { name: true } });
      throw new AppError("BAD_REQUEST", { userMessage: message(merchant?.name ?? "a merchant") });
    }
  }
}
