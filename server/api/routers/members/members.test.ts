import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { registerMember, uniqueCard, uniqueEmail, uniquePhone } from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;
const pos = vitestPos();

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("members.get against the emulator over HTTP", () => {
  it("finds a member by email, phone, card number and member ID", async () => {
    const card = uniqueCard();
    const phone = uniquePhone();
    const registered = await registerMember(pos, { card, phone });
    const support = await caller("SUPPORT");
    const byEmail = await support.members.get({ merchantId, user: registered.email });
    expect(byEmail).toMatchObject({
      id: registered.id,
      name: registered.name,
      email: registered.email,
      phone,
      gender: "female",
      birthday: "1992-07-08",
      memberIds: [card],
    });

    for (const user of [byEmail.phone!, byEmail.memberIds[0]!, String(byEmail.id)]) {
      expect(await support.members.get({ merchantId, user })).toEqual(byEmail);
    }
  });

  it("lets every role look members up", async () => {
    const registered = await registerMember(pos);
    for (const role of ["ADMIN", "SUPPORT", "MARKETING"] as const) {
      const member = await (await caller(role)).members.get({ merchantId, user: registered.email });
      expect(member.name).toBe(registered.name);
    }
  });

  it("passes Stamps' own message through for an unknown member", async () => {
    const nobody = uniqueEmail("nobody");
    const error = await errorOf((await caller("SUPPORT")).members.get({ merchantId, user: nobody }));
    expect(error.code).toBe("NOT_FOUND");
    const emulator = await pos.request<{ detail: string }>("GET", "/api/memberships/status", {
      params: { user: nobody, merchant: 14 },
    });
    expect(emulator.status).toBe(404);
    expect(error.message).toBe(emulator.body.detail);
  });

  it("rejects an empty query before calling Stamps", async () => {
    const error = await errorOf((await caller("SUPPORT")).members.get({ merchantId, user: "   " }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("refuses a merchant the staff member does not work for", async () => {
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const error = await errorOf(
      (await caller("SUPPORT")).members.get({ merchantId: other.id, user: "someone@example.com" }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses a signed-out caller", async () => {
    const error = await errorOf(createCaller({ db, staff: null }).members.get({ merchantId, user: "x" }));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("says plainly when Stamps rejects the merchant's token", async () => {
    const broken = await createEmulatorMerchant(db, { stampsMerchantId: 77, token: "definitely-not-a-valid-token" });
    const staff = await createStaff(db, "SUPPORT", [broken.id]);
    const error = await errorOf(
      createCaller({ db, staff }).members.get({ merchantId: broken.id, user: "someone@example.com" }),
    );
    expect(error.code).toBe("BAD_GATEWAY");
    expect(error.message).toContain("did not accept this merchant's API token");
    expect(error.message).not.toContain("definitely-not-a-valid-token");
  });

  it("says plainly when Stamps cannot be reached", async () => {
    const down = await createEmulatorMerchant(db, { stampsMerchantId: 78, apiBaseUrl: "http://localhost:9" });
    const staff = await createStaff(db, "SUPPORT", [down.id]);
    const error = await errorOf(
      createCaller({ db, staff }).members.get({ merchantId: down.id, user: "someone@example.com" }),
    );
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toContain("Could not reach Stamps");
  });
});

describe("members.suggest", () => {
  it("returns Stamps' suggestions for a few typed characters", async () => {
    const word = `Qz${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, "")
      .slice(0, 5)}`;
    const registered = await registerMember(pos, { name: `${word} Suggest` });
    const suggestions = await (await caller("SUPPORT")).members.suggest({ merchantId, query: word.toLowerCase() });
    expect(suggestions.map((member) => member.email)).toEqual([registered.email]);
  });
});
