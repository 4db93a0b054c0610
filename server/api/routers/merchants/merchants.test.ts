import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, inject, it } from "vitest";
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
  apiBaseUrl: "https://stamps.co.id/",
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
    expect(created).toMatchObject({ name: "Kopi Test", apiBaseUrl: "https://stamps.co.id", tokenLast4: "9876" });
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

  it("accepts only the allowed API addresses, so a token cannot be pointed at a host of the admin's choosing", async () => {
    const admin = await as("ADMIN");
    for (const apiBaseUrl of [
      "https://attacker.example",
      "https://stamps.co.id.attacker.example",
      "http://localhost:1",
    ]) {
      const error = await trpcErrorOf(admin.merchants.create({ ...input, stampsMerchantId: 503, apiBaseUrl }));
      expect(error.code, apiBaseUrl).toBe("BAD_REQUEST");
      expect(error.message).toContain("Use one of the Stamps API addresses this back office allows");
    }
    expect(await db.merchant.count({ where: { stampsMerchantId: 503 } })).toBe(0);
  });

  it("asks for the token again when the API address changes", async () => {
    const staff = await createStaff(db, "ADMIN", [merchantId]);
    const created = await createCaller({ db, staff }).merchants.create({ ...input, stampsMerchantId: 504 });
    // As on the next request: the merchant this admin created is one of theirs.
    const admin = createCaller({ db, staff: { ...staff, merchants: [...staff.merchants, created] } });
    const base = { ...input, id: created.id, stampsMerchantId: 504, apiBaseUrl: inject("emulatorUrl") };
    const error = await trpcErrorOf(admin.merchants.update({ ...base, token: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({ fieldErrors: { token: "The API address changed: enter the API token again" } });
    expect(await db.merchant.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      apiBaseUrl: "https://stamps.co.id",
      tokenLast4: "9876",
    });

    await admin.merchants.update({ ...base, token: "the-token-for-the-new-address" });
    expect(await db.merchant.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      apiBaseUrl: inject("emulatorUrl"),
      tokenLast4: "ress",
    });
  });

  it("sends no token to an address saved before it was allowed", async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
    try {
      const rogue = await createEmulatorMerchant(db, { stampsMerchantId: 505 });
      await db.merchant.update({
        where: { id: rogue.id },
        data: { apiBaseUrl: `http://localhost:${(server.address() as AddressInfo).port}` },
      });
      const support = createCaller({ db, staff: await createStaff(db, "SUPPORT", [rogue.id]) });
      const error = await trpcErrorOf(support.members.get({ merchantId: rogue.id, user: "customer@stamps.co.id" }));
      expect(error.message).toBe(
        "This merchant's Stamps API address is no longer allowed. An admin needs to change it in Settings.",
      );
      expect(seen).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("tests the connection with the stored token and says in plain words whether it works", async () => {
    // A merchant of its own: an earlier test replaced the shared merchant's token.
    const good = await createEmulatorMerchant(db, { stampsMerchantId: 605 });
    const staff = await createStaff(db, "ADMIN", [good.id]);
    const wrong = await createEmulatorMerchant(db, { stampsMerchantId: 606, token: "not-the-emulator-token-1" });
    const gone = await createEmulatorMerchant(db, { stampsMerchantId: 607 });
    await db.merchant.update({ where: { id: gone.id }, data: { apiBaseUrl: "https://not-allowed.example" } });
    const admin = createCaller({ db, staff: { ...staff, merchants: [...staff.merchants, wrong, gone] } });

    const ok = await admin.merchants.testConnection({ id: good.id });
    expect(ok).toMatchObject({ ok: true, detail: null });
    expect(ok.message).toMatch(/^Connected: Stamps at localhost:\d+ accepted the token/);
    expect(await admin.merchants.testConnection({ id: wrong.id })).toEqual({
      ok: false,
      message: "Stamps refused the token. Check the token type and replace the token.",
      detail: "HTTP 401",
    });
    const refused = await admin.merchants.testConnection({ id: gone.id });
    expect(refused).toMatchObject({ ok: false, detail: "BAD_REQUEST" });
    expect(refused.message).toContain("no longer allowed");
    expect(JSON.stringify([ok, refused])).not.toContain(testEnv.EMULATOR_DEMO_TOKEN!);
  });

  it("removes a merchant only with its name typed, and keeps its audit events", async () => {
    const staff = await createStaff(db, "ADMIN", [merchantId]);
    const doomed = await createEmulatorMerchant(db, { stampsMerchantId: 608 });
    await db.merchant.update({ where: { id: doomed.id }, data: { name: "Kopi Doomed" } });
    await db.auditEvent.create({
      data: { merchantId: doomed.id, staffEmail: "x@test.id", action: "members.update", request: "{}", outcome: "OK" },
    });
    const admin = createCaller({ db, staff: { ...staff, merchants: [...staff.merchants, doomed] } });
    const reason = "Merchant left the programme";
    const typo = await trpcErrorOf(admin.merchants.remove({ id: doomed.id, confirmName: "Kopi Dooomed", reason }));
    expect(typo.code).toBe("BAD_REQUEST");
    expect(typo.message).toBe("Type the name exactly as shown: Kopi Doomed");
    expect(await admin.merchants.remove({ id: doomed.id, confirmName: "Kopi Doomed", reason })).toEqual({
      id: doomed.id,
      stampsMerchantId: 608,
    });
    expect(await db.merchant.count({ where: { id: doomed.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "members.update", staffEmail: "x@test.id" } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "merchants.remove", outcome: "OK" } });
    expect(event).toMatchObject({ target: "merchant:608", reason });
  });
});
