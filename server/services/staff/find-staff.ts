import type { TStaffMember } from "@/lib/schemas/staff";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";
import { mayActFor, scopeOf, type TActor } from "./staff-scope";

const STAFF_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  isOwner: true,
  mustChangePassword: true,
  totpEnabledAt: true,
  merchants: { select: { merchantId: true } },
} as const satisfies Prisma.StaffSelect;

type StaffRow = Prisma.StaffGetPayload<{ select: typeof STAFF_SELECT }>;

/** What this actor may see of a staff member: only the merchants the actor works for, and a count of the rest. */
const toStaffMember = (actor: TActor, { merchants, totpEnabledAt, ...staff }: StaffRow): TStaffMember => {
  const merchantIds = merchants.map((merchant) => merchant.merchantId);
  const visible = merchantIds.filter((merchantId) => mayActFor(actor, merchantId));
  return {
    ...staff,
    hasSecondFactor: totpEnabledAt !== null,
    merchantIds: visible,
    otherMerchants: merchantIds.length - visible.length,
    isYou: staff.id === actor.id,
  };
};

/** Staff of the merchants this actor works for (an owner: every account), by email; never the password hash. */
export async function findStaff(db: PrismaClient, actor: TActor): Promise<TStaffMember[]> {
  const where: Prisma.StaffWhereInput = actor.isOwner
    ? {}
    : { OR: [{ id: actor.id }, { merchants: { some: { merchantId: { in: scopeOf(actor) } } } }] };
  const rows = await db.staff.findMany({ where, select: STAFF_SELECT, orderBy: { email: "asc" } });
  return rows.map((row) => toStaffMember(actor, row));
}

export async function getStaffMember(db: PrismaClient, actor: TActor, id: string): Promise<TStaffMember> {
  return toStaffMember(actor, await db.staff.findUniqueOrThrow({ where: { id }, select: STAFF_SELECT }));
}
