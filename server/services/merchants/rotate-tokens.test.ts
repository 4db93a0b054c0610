import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { getStampsClient } from "./get-stamps-client";
import { rotateTokens } from "./rotate-tokens";
import { createKeyring, decryptToken } from "./token-cipher";

const db = createTestDb();

describe("tokens:rotate", () => {
  it("re-encrypts every token under the newest key, reports how many, and refuses a tampered one", async () => {
    const first = await createEmulatorMerchant(db, { stampsMerchantId: 14 });
    const second = await createEmulatorMerchant(db, { stampsMerchantId: 15, token: "second-merchant-token" });
    const tampered = await createEmulatorMerchant(db, { stampsMerchantId: 16, token: "third-merchant-token" });
    const stored = await db.merchant.findUniqueOrThrow({ where: { id: tampered.id } });
    const raw = Buffer.from(stored.tokenCiphertext, "base64");
    raw[raw.length - 1] = raw.at(-1)! ^ 0x01;
    await db.merchant.update({ where: { id: tampered.id }, data: { tokenCiphertext: raw.toString("base64") } });

    const newKey = randomBytes(32).toString("base64");
    const keyring = createKeyring({ version: 2, key: newKey }, `1:${testEnv.TOKEN_ENCRYPTION_KEY}`);
    const report = await rotateTokens(db, keyring);

    expect(report.rotated).toBe(2);
    expect(report.refused).toEqual([
      expect.objectContaining({
        stampsMerchantId: 16,
        reason: "The stored token failed its integrity check (wrong key or tampered data)",
      }),
    ]);
    const rows = await db.merchant.findMany({ orderBy: { stampsMerchantId: "asc" } });
    expect(rows.map((row) => row.tokenKeyVersion)).toEqual([2, 2, 1]);
    // Readable with the new key alone: the old one can now be dropped.
    const newOnly = createKeyring({ version: 2, key: newKey });
    expect(decryptToken(newOnly, { ciphertext: rows[0]!.tokenCiphertext, keyVersion: 2 }, first.id)).toBe(
      testEnv.EMULATOR_DEMO_TOKEN,
    );
    expect(decryptToken(newOnly, { ciphertext: rows[1]!.tokenCiphertext, keyVersion: 2 }, second.id)).toBe(
      "second-merchant-token",
    );
    expect(rows[2]!.tokenCiphertext).toBe(raw.toString("base64"));

    // The tampered token is never used: the request stops with a sentence, before anything is sent.
    expect(() => getStampsClient(rows[2]!)).toThrow(/failed its integrity check/);
    try {
      getStampsClient(rows[2]!);
    } catch (error) {
      expect(error).toMatchObject({
        code: "INTERNAL",
        userMessage: "This merchant's Stamps API token cannot be read. An admin needs to enter it again in Settings.",
      });
    }
  });
});
