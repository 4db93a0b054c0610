import { env } from "../env";
import { createDbClient } from "../server/db-client";
import type { PrismaClient } from "../server/generated/prisma/client";
import { hashPassword } from "../server/services/auth/password";
import { getKeyring } from "../server/services/merchants/keyring";
import { encryptToken } from "../server/services/merchants/token-cipher";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_MERCHANT, DEMO_STAFF, DEMO_STORES, OTHER_DEMO_MERCHANT } from "./demo-data";

type DemoMerchant = typeof DEMO_MERCHANT | typeof OTHER_DEMO_MERCHANT;

/** Creates or resets a demo merchant pointing at the emulator, its token encrypted like any other. */
async function upsertMerchant(db: PrismaClient, demo: DemoMerchant, token: string) {
  const fields = { ...demo, apiBaseUrl: env.DEMO_STAMPS_API_BASE_URL, tokenType: "Token" as const };
  const merchant =
    (await db.merchant.findUnique({ where: { stampsMerchantId: demo.stampsMerchantId } })) ??
    (await db.merchant.create({ data: { ...fields, tokenCiphertext: "", tokenKeyVersion: 0, tokenLast4: "" } }));
  const encrypted = encryptToken(getKeyring(), token, merchant.id);
  return db.merchant.update({
    where: { id: merchant.id },
    data: {
      ...fields,
      tokenCiphertext: encrypted.ciphertext,
      tokenKeyVersion: encrypted.keyVersion,
      tokenLast4: encrypted.last4,
      stores: { deleteMany: {}, create: [...DEMO_STORES[demo.stampsMerchantId]] },
    },
  });
}

/** Demo staff and merchants. Safe to run again: it resets them to the documented state. */
async function main() {
  // Demo accounts have published passwords: a production database gets them only when someone insists.
  if (env.NODE_ENV === "production" && !process.argv.includes("--allow-production")) {
    throw new Error(
      "NODE_ENV is production: the demo seed would add staff with published passwords. Run it with --allow-production if you really mean to.",
    );
  }
  if (!env.EMULATOR_DEMO_TOKEN)
    throw new Error("EMULATOR_DEMO_TOKEN is not set: the demo merchant needs the emulator's token");

  const db = createDbClient(env.DATABASE_URL);
  try {
    const merchant = await upsertMerchant(db, DEMO_MERCHANT, env.EMULATOR_DEMO_TOKEN);
    const other = env.EMULATOR_OTHER_DEMO_TOKEN
      ? await upsertMerchant(db, OTHER_DEMO_MERCHANT, env.EMULATOR_OTHER_DEMO_TOKEN)
      : null;

    for (const { password, ...staff } of DEMO_STAFF) {
      const passwordHash = await hashPassword(password);
      const merchantIds = [merchant.id, ...(other && staff.role === "ADMIN" ? [other.id] : [])];
      const saved = await db.staff.upsert({
        where: { email: staff.email },
        create: { ...staff, passwordHash, merchants: { create: merchantIds.map((merchantId) => ({ merchantId })) } },
        update: {
          ...staff,
          passwordHash,
          disabled: false,
          merchants: { deleteMany: {}, create: merchantIds.map((merchantId) => ({ merchantId })) },
        },
      });
      if (staff.role === "ADMIN") {
        const totp = encryptToken(getKeyring(), DEMO_ADMIN_TOTP_SECRET, `totp:${saved.id}`);
        await db.staff.update({
          where: { id: saved.id },
          data: {
            totpSecretCiphertext: totp.ciphertext,
            totpKeyVersion: totp.keyVersion,
            totpEnabledAt: new Date(),
            totpLastStep: null,
          },
        });
      }
      await db.loginThrottle.deleteMany({ where: { key: `email:${staff.email}` } });
    }
    console.info(
      `Seeded ${DEMO_STAFF.length} demo staff and merchant(s) ${[merchant, other]
        .filter(Boolean)
        .map((m) => m!.stampsMerchantId)
        .join(", ")}.`,
    );
  } finally {
    await db.$disconnect();
  }
}

await main();
