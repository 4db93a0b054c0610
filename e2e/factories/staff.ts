import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generateSecret } from "otplib";
import type { Role } from "../../server/generated/prisma/client";
import { DEMO_MERCHANT, OTHER_DEMO_MERCHANT } from "../../prisma/demo-data";
import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { createKeyring, encryptToken } from "../../server/services/merchants/token-cipher";
import { e2eDb } from "./db";

/**
 * A staff member of its own for one test, working for the demo merchant (an admin also for the second one, like
 * the demo admin). Admins come enrolled in two-factor sign-in unless `secondFactor: false`; `totpSecret` is theirs.
 */
export async function createStaff(role: Role, { secondFactor = role === "ADMIN" }: { secondFactor?: boolean } = {}) {
  const db = e2eDb();
  const password = `Pw-${randomUUID()}`;
  const merchants = await db.merchant.findMany({
    where: {
      stampsMerchantId: {
        in:
          role === "ADMIN"
            ? [DEMO_MERCHANT.stampsMerchantId, OTHER_DEMO_MERCHANT.stampsMerchantId]
            : [DEMO_MERCHANT.stampsMerchantId],
      },
    },
    orderBy: { stampsMerchantId: "asc" },
  });
  const staff = await db.staff.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.stamps.id`,
      name: `E2E ${role}`,
      role,
      passwordHash: await hash(password),
      merchants: { create: merchants.map((merchant) => ({ merchantId: merchant.id })) },
    },
  });
  if (!secondFactor) return { ...staff, password, totpSecret: undefined };
  const totpSecret = generateSecret();
  const keyring = createKeyring({
    version: Number(e2eEnv.TOKEN_ENCRYPTION_KEY_VERSION),
    key: e2eEnv.TOKEN_ENCRYPTION_KEY!,
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
  return { ...staff, password, totpSecret };
}
