import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { registerMember } from "@/testing/factories/stamps-members";
import { storedTokenProblems } from "@/testing/stored-token";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
});

const as = async (role: "ADMIN" | "SUPPORT" | "MARKETING") =>
  createCaller({ db, staff: await createStaff(db, role, [merchantId]) });

const input = {
  stampsMerchantId: 501,
  name: "Kopi Test",
  apiBaseUrl: "https://stamps.example.com/",
  tokenType: "Bearer" as const,
  timeZone: "Asia/Makassar",
  token: "a-brand-new-secret-token-9876",
};

describe("merchants (settings)", () => {
  it("is closed to support and marketing", async () => {
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const caller = await as(role);
      expect((await trpcErrorOf(caller.merchants.find())).code).toBe("FORBIDDEN");
      expect((await trpcErrorOf(caller.merchants.create(input))).code).toBe("FORBIDDEN");
    }
  });

  it("lets an admin add a merchant; the token is stored encrypted and never returned", async () => {
    const admin = await as("ADMIN");
    const created = await admin.merchants.create(input);
    expect(created).toMatchObject({ name: "Kopi Test", apiBaseUrl: "https://stamps.example.com", tokenLast4: "9876" });
    expect(JSON.stringify(created)).not.toContain("a-brand-new-secret-token");
    expect(JSON.stringify(await admin.merchants.find())).not.toContain("a-brand-new-secret-token");

    const row = await db.merchant.findUniqueOrThrow({ where: { id: created.id } });
    expect(storedTokenProblems(row, input.token, testEnv.TOKEN_ENCRYPTION_KEY!)).toEqual([]);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "merchants.create" },
      orderBy: { createdAt: "desc" },
    });
    expect(event).toMatchObject({ outcome: "OK", target: "merchant:501" });
    expect(event.request).not.toContain("a-brand-new-secret-token");
    expect(JSON.parse(event.request)).toMatchObject({ token: "[redacted]", name: "Kopi Test" });
  });

  it("refuses plain http to a remote host and a duplicate merchant id, on the right field", async () => {
    const admin = await as("ADMIN");
    const insecure = await trpcErrorOf(
      admin.merchants.create({ ...input, stampsMerchantId: 502, apiBaseUrl: "http://stamps.co.id" }),
    );
    expect(insecure.code).toBe("BAD_REQUEST");
    expect(insecure.message).toContain("https");

    const duplicate = await trpcErrorOf(admin.merchants.create({ ...input, stampsMerchantId: 14 }));
    expect(duplicate.code).toBe("CONFLICT");
    const failed = await db.auditEvent.findFirstOrThrow({ where: { action: "merchants.create", outcome: "CONFLICT" } });
    expect(failed.message).toContain("already set up");
  });

  it("keeps the stored token when an update leaves it empty, and replaces it when given", async () => {
    const admin = await as("ADMIN");
    const before = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    const base = {
      id: merchantId,
      stampsMerchantId: 14,
      name: "Stamps Coffee HQ",
      apiBaseUrl: before.apiBaseUrl,
      tokenType: "Token" as const,
      timeZone: "Asia/Jakarta",
    };

    await admin.merchants.update({ ...base, token: "" });
    const kept = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    expect(kept.tokenCiphertext).toBe(before.tokenCiphertext);
    expect(kept.name).toBe("Stamps Coffee HQ");
    // The kept token still works against the emulator.
    const registered = await registerMember(vitestPos());
    const member = await (await as("SUPPORT")).members.get({ merchantId, user: registered.email });
    expect(member.name).toBe(registered.name);

    await admin.merchants.update({ ...base, token: "replaced-token-1111" });
    const replaced = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    expect(replaced.tokenLast4).toBe("1111");
    expect(replaced.tokenCiphertext).not.toBe(before.tokenCiphertext);
  });
});
