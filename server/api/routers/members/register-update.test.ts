import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import { createStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

const newMember = () => ({
  name: "Dewi Lestari",
  email: `dewi-${randomUUID().slice(0, 8)}@test.stamps.id`,
  birthday: "1994-03-21",
  gender: "female" as const,
  store: 2,
  phone: "",
  cardNumber: "",
  address: "Jl. Kemang Raya 5",
});

const fieldErrorsOf = (error: { cause?: unknown }) => (error.cause instanceof AppError ? error.cause.fieldErrors : {});

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("members.register", () => {
  it("registers the member in Stamps, whose status then shows them, and audits it on their page", async () => {
    const support = await caller("SUPPORT");
    const input = newMember();
    const registered = await support.members.register({
      merchantId,
      ...input,
      reason: "Walk-in sign-up at the counter",
    });
    expect(registered).toMatchObject({ name: input.name, email: input.email });

    const status = await support.members.get({ merchantId, user: input.email });
    expect(status).toMatchObject({
      id: registered.id,
      name: input.name,
      birthday: input.birthday,
      gender: "female",
      address: input.address,
    });

    const activity = await support.members.findMemberActivity({ merchantId, memberId: registered.id });
    expect(activity).toEqual([
      expect.objectContaining({ action: "members.register", reason: "Walk-in sign-up at the counter", outcome: "OK" }),
    ]);
  });

  it("puts Stamps' 'already registered' on the email field", async () => {
    const support = await caller("SUPPORT");
    const input = newMember();
    await support.members.register({ merchantId, ...input, reason: "First registration" });
    const error = await errorOf(
      support.members.register({ merchantId, ...input, name: "Someone Else", reason: "Second try" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)).toHaveProperty("email");
    // Refused, so no member id: the event is kept under the email that was tried.
    const refused = await db.auditEvent.findFirst({
      where: { action: "members.register", target: `member-email:${input.email.toLowerCase()}`, reason: "Second try" },
    });
    expect(refused?.outcome).toBe("BAD_REQUEST");
  });

  it("puts a card that belongs to someone else on the card number field", async () => {
    const error = await errorOf(
      (await caller("ADMIN")).members.register({
        merchantId,
        ...newMember(),
        cardNumber: "123456789012",
        reason: "Card from the POS",
      }),
    );
    expect(fieldErrorsOf(error)).toHaveProperty("cardNumber");
  });

  it("refuses marketing, before calling Stamps", async () => {
    const input = newMember();
    const error = await errorOf(
      (await caller("MARKETING")).members.register({ merchantId, ...input, reason: "Not allowed" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const lookup = await errorOf((await caller("SUPPORT")).members.get({ merchantId, user: input.email }));
    expect(lookup.code).toBe("NOT_FOUND");
  });

  it("takes a walk-in without a reason, but not an invalid profile", async () => {
    const support = await caller("SUPPORT");
    const walkIn = newMember();
    const { id } = await support.members.register({ merchantId, ...walkIn, reason: "" });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "members.register", target: `member:${id}` },
        select: { outcome: true, reason: true },
      }),
    ).toEqual({ outcome: "OK", reason: null });
    expect(
      (
        await errorOf(
          support.members.register({ merchantId, ...newMember(), birthday: "1994-02-30", reason: "Typo check" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
  });
});

describe("members.update", () => {
  it("changes the profile in Stamps, whose status then shows it, and records the reason", async () => {
    const support = await caller("SUPPORT");
    const input = newMember();
    const { id } = await support.members.register({ merchantId, ...input, reason: "Sign-up for the update test" });

    const updated = await support.members.update({
      merchantId,
      memberId: id,
      name: "Dewi Lestari Putri",
      email: input.email,
      birthday: "1994-03-22",
      gender: "female",
      phone: "+6281299887766",
      cardNumber: "",
      address: input.address,
      reason: "Member asked to fix her name and birthday",
    });
    expect(updated).toMatchObject({ id, name: "Dewi Lestari Putri", birthday: "1994-03-22" });

    const status = await support.members.get({ merchantId, user: String(id) });
    expect(status).toMatchObject({
      name: "Dewi Lestari Putri",
      birthday: "1994-03-22",
      phone: "+6281299887766",
      email: input.email,
    });

    const events = await db.auditEvent.findMany({ where: { target: `member:${id}`, action: "members.update" } });
    expect(events).toEqual([
      expect.objectContaining({ reason: "Member asked to fix her name and birthday", outcome: "OK" }),
    ]);
  });

  it("refuses marketing, and Stamps keeps the member as it was", async () => {
    const support = await caller("SUPPORT");
    const input = newMember();
    const { id } = await support.members.register({ merchantId, ...input, reason: "Sign-up for the role test" });
    const error = await errorOf(
      (await caller("MARKETING")).members.update({
        merchantId,
        memberId: id,
        ...input,
        name: "Changed By Marketing",
        reason: "Not allowed",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect((await support.members.get({ merchantId, user: String(id) })).name).toBe(input.name);
  });

  it("puts Stamps' field error on the field: an email another member has", async () => {
    const support = await caller("SUPPORT");
    const input = newMember();
    const { id } = await support.members.register({ merchantId, ...input, reason: "Sign-up for the email test" });
    const other = newMember();
    await support.members.register({ merchantId, ...other, reason: "The member whose email is taken" });
    const error = await errorOf(
      support.members.update({
        merchantId,
        memberId: id,
        ...input,
        email: other.email,
        reason: "Typo in the email",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)).toHaveProperty("email");
  });
});
