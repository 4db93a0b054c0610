import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generateSecret } from "otplib";
import type { CurrentStaff } from "../../server/auth/current-staff";
import type { PrismaClient, Role } from "../../server/generated/prisma/client";
import { createKeyring, encryptToken } from "../../server/services/merchants/token-cipher";
import { testEnv } from "../../scripts/test/test-env.mjs";

/** `totpSecret`: the staff member's authenticator secret, when they are enrolled in two-factor sign-in. */
export type TestStaff = CurrentStaff & { password: string; totpSecret?: string };

/**
 * A staff member of a test's own (documenso's seedUser): a row working for `merchantIds` and the
 * CurrentStaff the tRPC context would hold for them. With `password`, a real argon2 hash, so the
 * browser tests can sign in as them; without, a hash nothing matches (vitest calls procedures directly).
 */
export async function createStaff(
  db: PrismaClient,
  role: Role,
  merchantIds: string[],
  {
    password = false,
    name,
    secondFactor = role === "ADMIN",
    isOwner = false,
  }: { password?: boolean; name?: string; secondFactor?: boolean; isOwner?: boolean } = {},
): Promise<TestStaff> {
  const plain = `Pw-${randomUUID()}`;
  const staff = await db.staff.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.stamps.id`,
      name: name ?? `Test ${role.charAt(0)}${role.slice(1).toLowerCase()} ${randomUUID().slice(0, 4).toUpperCase()}`,
      role,
      passwordHash: password ? await hash(plain) : "not-a-password-hash",
      isOwner,
      merchants: { create: merchantIds.map((merchantId) => ({ merchantId })) },
    },
  });
  // As getCurrentStaff lists them: an owner works for every merchant, the given ones first.
  const merchants = await db.merchant.findMany({
    where: isOwner ? {} : { id: { in: merchantIds } },
    select: { id: true, name: true, stampsMerchantId: true, timeZone: true },
  });
  const rank = (id: string) => (merchantIds.includes(id) ? merchantIds.indexOf(id) : merchantIds.length);
  merchants.sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name));
  // Admins must be enrolled to use the console: enrolled like the demo admin, with a secret of their own.
  const totpSecret = secondFactor ? generateSecret() : undefined;
  if (totpSecret) {
    const keyring = createKeyring({
      version: Number(testEnv.TOKEN_ENCRYPTION_KEY_VERSION),
      key: testEnv.TOKEN_ENCRYPTION_KEY!,
    });
    const encrypted = encryptToken(keyring, totpSecret, `totp:${staff.id}`);
    await db.staff.update({
      where: { id: staff.id },
      data: {
        totpSecretCiphertext: encrypted.ciphertext,
        totpKeyVersion: encrypted.keyVersion,
        totpEnabledAt: new Date(),
      },
    });
  }
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    disabled: false,
    isOwner: isOwner && role === "ADMIN",
    mustChangePassword: false,
    merchants,
    hasSecondFactor: secondFactor,
    mustEnrolSecondFactor: role === "ADMIN" && !secondFactor,
    password: password ? plain : "",
    totpSecret,
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
