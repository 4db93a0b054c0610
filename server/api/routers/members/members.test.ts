import { beforeAll, describe, expect, it } from "vitest";
import { createEmulatorMerchant, createTestStaff } from "@/scripts/test/factories";
import { createTestDb } from "@/scripts/test/test-db";
import { UNREACHABLE_STAMPS_URL } from "@/scripts/test/test-env.mjs";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";

const db = createTestDb();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createTestStaff(db, role, [merchantId]) });
});

describe("members.get against the emulator over HTTP", () => {
  it("finds a member by email, phone, card number and member ID", async () => {
    const support = await caller("SUPPORT");
    const byEmail = await support.members.get({ merchantId, user: "customer@stamps.co.id" });
    expect(byEmail).toMatchObject({
      name: "Alice",
      email: "customer@stamps.co.id",
      gender: "female",
      birthday: "2000-09-15",
    });
    expect(byEmail.memberIds).toContain("123456789012");

    for (const user of [byEmail.phone!, byEmail.memberIds[0]!, String(byEmail.id)]) {
      expect(await support.members.get({ merchantId, user })).toEqual(byEmail);
    }
  });

  it("lets every role look members up", async () => {
    for (const role of ["ADMIN", "SUPPORT", "MARKETING"] as const) {
      const member = await (await caller(role)).members.get({ merchantId, user: "customer@stamps.co.id" });
      expect(member.name).toBe("Alice");
    }
  });

  it("passes Stamps' own message through for an unknown member", async () => {
    const error = await errorOf((await caller("SUPPORT")).members.get({ merchantId, user: "nobody@example.com" }));
    expect(error.code).toBe("NOT_FOUND");
    const emulator = await fetch(
      `${(await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).apiBaseUrl}/api/memberships/status?user=nobody@example.com&merchant=14`,
      { headers: { Authorization: `Token ${process.env.EMULATOR_DEMO_TOKEN}` } },
    );
    expect(error.message).toBe(((await emulator.json()) as { detail: string }).detail);
  });

  it("rejects an empty query before calling Stamps", async () => {
    const error = await errorOf((await caller("SUPPORT")).members.get({ merchantId, user: "   " }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("refuses a merchant the staff member does not work for", async () => {
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const error = await errorOf(
      (await caller("SUPPORT")).members.get({ merchantId: other.id, user: "customer@stamps.co.id" }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses a signed-out caller", async () => {
    const error = await errorOf(createCaller({ db, staff: null }).members.get({ merchantId, user: "x" }));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("says plainly when Stamps rejects the merchant's token", async () => {
    const broken = await createEmulatorMerchant(db, { stampsMerchantId: 77, token: "definitely-not-a-valid-token" });
    const staff = await createTestStaff(db, "SUPPORT", [broken.id]);
    const error = await errorOf(
      createCaller({ db, staff }).members.get({ merchantId: broken.id, user: "customer@stamps.co.id" }),
    );
    expect(error.code).toBe("BAD_GATEWAY");
    expect(error.message).toContain("did not accept this merchant's API token");
    expect(error.message).not.toContain("definitely-not-a-valid-token");
  });

  it("says plainly when Stamps cannot be reached", async () => {
    const down = await createEmulatorMerchant(db, { stampsMerchantId: 78, apiBaseUrl: UNREACHABLE_STAMPS_URL });
    const staff = await createTestStaff(db, "SUPPORT", [down.id]);
    const error = await errorOf(
      createCaller({ db, staff }).members.get({ merchantId: down.id, user: "customer@stamps.co.id" }),
    );
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toContain("Could not reach Stamps");
  });
});

describe("members.suggest", () => {
  it("returns Stamps' suggestions for a few typed characters", async () => {
    const suggestions = await (await caller("SUPPORT")).members.suggest({ merchantId, query: "alice" });
    expect(suggestions.map((member) => member.email)).toContain("alice@stamps.co.id");
  });
});
