import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { CurrentStaff } from "../../server/auth/current-staff";
import type { PrismaClient, Role } from "../../server/generated/prisma/client";

export type TestStaff = CurrentStaff & { password: string };

/**
 * A staff member of a test's own (documenso's seedUser): a row working for `merchantIds` and the
 * CurrentStaff the tRPC context would hold for them. With `password`, a real argon2 hash, so the
 * browser tests can sign in as them; without, a hash nothing matches (vitest calls procedures directly).
 */
export async function createStaff(
  db: PrismaClient,
  role: Role,
  merchantIds: string[],
  { password = false, name }: { password?: boolean; name?: string } = {},
): Promise<TestStaff> {
  const plain = `Pw-${randomUUID()}`;
  const staff = await db.staff.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.stamps.id`,
      name: name ?? `Test ${role.charAt(0)}${role.slice(1).toLowerCase()} ${randomUUID().slice(0, 4).toUpperCase()}`,
      role,
      passwordHash: password ? await hash(plain) : "not-a-password-hash",
      merchants: { create: merchantIds.map((merchantId) => ({ merchantId })) },
    },
  });
  const merchants = await db.merchant.findMany({
    where: { id: { in: merchantIds } },
    select: { id: true, name: true, stampsMerchantId: true, timeZone: true },
  });
  merchants.sort((a, b) => merchantIds.indexOf(a.id) - merchantIds.indexOf(b.id));
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    disabled: false,
    merchants,
    password: password ? plain : "",
  };
}

/** The back-office ids of merchants known by their Stamps merchant IDs, in that order. */
export async function merchantIdsOf(db: PrismaClient, stampsMerchantIds: number[]) {
  const merchants = await db.merchant.findMany({ where: { stampsMerchantId: { in: stampsMerchantIds } } });
  return stampsMerchantIds.map((stampsMerchantId) => {
    const merchant = merchants.find((row) => row.stampsMerchantId === stampsMerchantId);
    if (!merchant) throw new Error(`No merchant with Stamps merchant ID ${stampsMerchantId} in this database`);
    return merchant.id;
  });
}
