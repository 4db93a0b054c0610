import type { TStaffMember } from "@/lib/schemas/staff";
import type { PrismaClient } from "@/server/generated/prisma/client";

const STAFF_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  merchants: { select: { merchantId: true } },
} as const;

type StaffRow = Omit<TStaffMember, "merchantIds"> & { merchants: { merchantId: string }[] };

const toStaffMember = ({ merchants, ...staff }: StaffRow): TStaffMember => ({
  ...staff,
  merchantIds: merchants.map((merchant) => merchant.merchantId),
});

/** Every staff account, by email; never the password hash. */
export async function findStaff(db: PrismaClient): Promise<TStaffMember[]> {
  return (await db.staff.findMany({ select: STAFF_SELECT, orderBy: { email: "asc" } })).map(toStaffMember);
}

export async function getStaffMember(db: PrismaClient, id: string): Promise<TStaffMember> {
  return toStaffMember(await db.staff.findUniqueOrThrow({ where: { id }, select: STAFF_SELECT }));
}
