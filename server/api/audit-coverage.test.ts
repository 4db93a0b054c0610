import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-labels";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { appRouter, createCaller } from "@/server/api/root";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { createStaff, type TestStaff } from "@/testing/factories/staff";
import {
  addSale,
  issueVoucher,
  memberWithStamps,
  SALE_DAY,
  uniqueEmail,
  type TestMember,
} from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

// Every mutation the router has, called once with valid input for a fresh member of merchant 14: each must leave a
// completed audit event (OK or the error it ended with) naming its action and target. A mutation added to the
// router without an entry below fails the first test, so none can be left out.

const db = createTestDb();
const pos = vitestPos();
const REASON = "Audit coverage check; ticket #7";

type Fixture = { merchantId: string; member: TestMember; admin: TestStaff; campaignId: number };

type Entry = {
  input: (fx: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The target its event must name (null: an event without a target). */
  target: (fx: Fixture, input: Record<string, unknown>) => string | null;
  /** false where the call is expected to be refused (a campaign in the wrong state); the event is still required. */
  succeeds?: boolean;
};

const member = (fx: Fixture) => memberTarget(fx.member.id);
const campaign = (fx: Fixture) => `campaign:${fx.campaignId}`;
const scope = (fx: Fixture) => ({ merchantId: fx.merchantId, campaignId: fx.campaignId });
const campaignFields = {
  name: "Audit coverage campaign",
  stampsTemplateId: 3,
  startDate: "2026-12-01",
  defaultQuantity: 1,
  defaultValue: null,
  defaultNotes: null,
};

const MUTATIONS: Record<string, Entry> = {
  "members.register": {
    input: ({ merchantId }) => ({
      merchantId,
      name: "Audit Registered",
      email: uniqueEmail("audit"),
      birthday: "1990-01-01",
      gender: "female",
      store: 2,
      reason: REASON,
    }),
    target: () => "member:", // the new member's id, checked by prefix below
  },
  "members.update": {
    input: ({ merchantId, member: { id, name, email } }) => ({
      merchantId,
      memberId: id,
      name,
      email,
      birthday: "1992-07-08",
      gender: "female",
      reason: REASON,
    }),
    target: member,
  },
  "transactions.add": {
    input: ({ merchantId, member: { id } }) => ({
      merchantId,
      memberId: id,
      store: 32,
      totalValue: 25_000,
      invoiceNumber: `AUDIT-${randomUUID().slice(0, 8)}`,
      created: `${SALE_DAY}T09:30`,
      numberOfPeople: 1,
      reason: REASON,
    }),
    target: member,
  },
  "transactions.completeTransactionItems": {
    input: async ({ merchantId }) => ({
      merchantId,
      transactionId: (await addSale(pos, null, 30_000)).id,
      items: [{ productName: "Americano", quantity: 1, subtotal: 30_000 }],
      reason: REASON,
    }),
    target: (_fx, input) => `transaction:${String(input.transactionId)}`,
  },
  "transactions.modify": {
    input: async ({ merchantId, member: { id } }) => ({
      merchantId,
      memberId: id,
      transactionId: (await addSale(pos, id, 40_000)).id,
      takeOffTotal: 10_000,
      takeOffSubtotal: 0,
      items: [],
      reason: REASON,
    }),
    target: member,
  },
  "transactions.cancel": {
    input: async ({ merchantId, member: { id } }) => {
      const sale = await addSale(pos, id, 20_000);
      return {
        merchantId,
        memberId: id,
        transactionId: sale.id,
        invoiceNumber: sale.invoice,
        date: SALE_DAY,
        reason: REASON,
      };
    },
    target: member,
  },
  "redemptions.authorize": {
    // Merchant 14 asks for no PIN: Stamps refuses, and the refusal is what gets audited.
    input: ({ merchantId, member: { id } }) => ({ merchantId, memberId: id, pinSecret: "123456", reason: REASON }),
    target: member,
    succeeds: false,
  },
  "redemptions.redeemReward": {
    input: ({ merchantId, member: { id } }) => ({ merchantId, memberId: id, rewardId: 6, storeId: 2, reason: REASON }),
    target: member,
  },
  "redemptions.redeemVoucher": {
    input: async ({ merchantId, member: { id, email } }) => ({
      merchantId,
      memberId: id,
      voucherId: (await issueVoucher(pos, email)).id,
      storeId: 2,
      reason: REASON,
    }),
    target: member,
  },
  "redemptions.redeemVoucherCode": {
    input: async ({ merchantId, member: { id, email } }) => ({
      merchantId,
      memberId: id,
      voucherCode: (await issueVoucher(pos, email)).code,
      storeId: 2,
      reason: REASON,
    }),
    target: member,
  },
  "redemptions.redeemPromoCode": {
    input: ({ merchantId, member: { id } }) => ({
      merchantId,
      memberId: id,
      promoCode: "NO-SUCH-CODE",
      invoiceNumber: "AUDIT-PROMO",
      storeId: 2,
      reason: REASON,
    }),
    target: member,
    succeeds: false,
  },
  "redemptions.cancel": {
    input: async ({ merchantId, member: { id, email } }) => {
      const { redemption } = await pos.post<{ redemption: { id: number } }>("/api/v2/redemptions/redeem-reward", {
        user: email,
        reward: 6,
        store: 2,
      });
      return { merchantId, memberId: id, redemptionId: redemption.id, createReplacementVoucher: false, reason: REASON };
    },
    target: member,
  },
  "home.recordMemberVisit": {
    input: ({ merchantId, member: { id } }) => ({ merchantId, memberId: id, memberName: "Audit Member" }),
    target: member,
  },
  "vouchers.issue": {
    input: ({ merchantId, member: { id } }) => ({
      merchantId,
      memberId: id,
      templateId: 3,
      startDate: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date()),
      quantity: 1,
      reason: REASON,
    }),
    target: member,
  },
  "voucherTemplates.save": {
    input: ({ merchantId }) => ({ merchantId, stampsTemplateId: 601, name: "Audit template", valueType: "FIXED" }),
    target: () => "voucher-template:601",
  },
  "voucherTemplates.remove": {
    input: async ({ merchantId }) => {
      const { id } = await db.voucherTemplate.create({
        data: { merchantId, stampsTemplateId: 602, name: "To remove", valueType: "FIXED" },
      });
      return { merchantId, id };
    },
    target: (_fx, input) => `voucher-template:${String(input.id)}`,
  },
  "campaignSettings.update": {
    input: ({ merchantId }) => ({
      merchantId,
      approvalRowLimit: null,
      approvalValueLimit: 10_000_000,
      concurrency: 4,
      ratePerSecond: 20,
    }),
    target: () => null,
  },
  "campaigns.create": {
    input: ({ merchantId }) => ({ merchantId, ...campaignFields, name: "Another audited campaign" }),
    target: () => "campaign:",
  },
  "campaigns.update": { input: (fx) => ({ ...scope(fx), ...campaignFields }), target: campaign },
  "campaigns.pasteRows": {
    input: (fx) => ({ ...scope(fx), text: `Email\r\n${fx.member.email}\r\n`, mode: "replace" }),
    target: campaign,
  },
  "campaigns.setColumnMapping": {
    input: (fx) => ({ ...scope(fx), mapping: { identifier: 0 } }),
    target: campaign,
  },
  "campaigns.requestDryRun": { input: scope, target: campaign, succeeds: false },
  "campaigns.submit": { input: scope, target: campaign, succeeds: false },
  "campaigns.approve": { input: scope, target: campaign, succeeds: false },
  "campaigns.start": { input: (fx) => ({ ...scope(fx), reason: REASON }), target: campaign, succeeds: false },
  "campaigns.pause": { input: scope, target: campaign, succeeds: false },
  "campaigns.resume": { input: scope, target: campaign, succeeds: false },
  "campaigns.retryFailed": { input: scope, target: campaign, succeeds: false },
  "campaigns.cancel": { input: (fx) => ({ ...scope(fx), reason: REASON }), target: campaign },
  "merchants.create": {
    input: () => ({
      stampsMerchantId: 15,
      name: "Audit Bakery",
      apiBaseUrl: inject("emulatorUrl"),
      tokenType: "Token",
      timeZone: "Asia/Jakarta",
      token: testEnv.EMULATOR_OTHER_DEMO_TOKEN!,
    }),
    target: () => "merchant:15",
  },
  "merchants.update": {
    input: ({ merchantId }) => ({
      id: merchantId,
      stampsMerchantId: 14,
      name: "Stamps Coffee (audited)",
      apiBaseUrl: inject("emulatorUrl"),
      tokenType: "Token",
      timeZone: "Asia/Jakarta",
      token: "",
    }),
    target: () => "merchant:14",
  },
  "merchants.remove": {
    input: async (fx) => {
      const doomed = await createEmulatorMerchant(db, { stampsMerchantId: 16 });
      await db.staffMerchant.create({ data: { staffId: fx.admin.id, merchantId: doomed.id } });
      (fx.admin.merchants as { id: string }[]).push(doomed);
      return { id: doomed.id, confirmName: doomed.name, reason: REASON };
    },
    target: () => "merchant:16",
  },
  "staff.create": {
    input: ({ merchantId }) => ({
      email: `audit-${randomUUID().slice(0, 8)}@test.stamps.id`,
      name: "Audit Created",
      role: "SUPPORT",
      merchantIds: [merchantId],
    }),
    target: (_fx, input) => String(input.email),
  },
  "staff.update": {
    input: async ({ merchantId }) => {
      const staff = await createStaff(db, "SUPPORT", [merchantId]);
      return { id: staff.id, name: "Audit Renamed", role: "SUPPORT", merchantIds: [merchantId] };
    },
    target: (_fx, input) => `staff:${String(input.id)}`,
  },
  "staff.setDisabled": {
    input: async ({ merchantId }) => ({
      id: (await createStaff(db, "SUPPORT", [merchantId])).id,
      disabled: true,
      reason: REASON,
    }),
    target: (_fx, input) => `staff:${String(input.id)}`,
  },
  "staff.resetPassword": {
    input: async ({ merchantId }) => ({ id: (await createStaff(db, "SUPPORT", [merchantId])).id, reason: REASON }),
    target: (_fx, input) => `staff:${String(input.id)}`,
  },
  "staff.resetSecondFactor": {
    input: async ({ merchantId }) => ({ id: (await createStaff(db, "ADMIN", [merchantId])).id, reason: REASON }),
    target: (_fx, input) => `staff:${String(input.id)}`,
  },
};

/** Every procedure path of the router with its type, found by walking it (nested routers included). */
function procedures(record: object, prefix = ""): { path: string; type: string }[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const def = (value as { _def?: { procedure?: boolean; type?: string; record?: object } })._def;
    if (def?.procedure) return [{ path, type: def.type! }];
    return procedures(def?.record ?? (value as object), path);
  });
}

let fx: Fixture;

beforeAll(async () => {
  const merchantId = (await createEmulatorMerchant(db)).id;
  await db.voucherTemplate.create({
    data: { merchantId, stampsTemplateId: 3, name: "Discount Rp 100,000", valueType: "FIXED" },
  });
  const admin = await createStaff(db, "ADMIN", [merchantId]);
  const { id: campaignId } = await createCaller({ db, staff: admin }).campaigns.create({
    merchantId,
    ...campaignFields,
  });
  fx = { merchantId, admin, campaignId, member: await memberWithStamps(pos, 200) };
});

describe("every mutation is audited", () => {
  const mutations = procedures(appRouter._def.record)
    .filter((procedure) => procedure.type === "mutation")
    .map((procedure) => procedure.path);

  it("has an entry below for each mutation of the router (walked, not listed by hand)", () => {
    expect(mutations.length).toBeGreaterThan(30);
    expect(mutations.filter((path) => !(path in MUTATIONS))).toEqual([]);
    expect(Object.keys(MUTATIONS).filter((path) => !mutations.includes(path))).toEqual([]);
  });

  for (const [path, entry] of Object.entries(MUTATIONS)) {
    it(path, async () => {
      const caller = createCaller({ db, staff: fx.admin }) as unknown as Record<string, Record<string, unknown>>;
      const [area, verb] = path.split(".") as [string, string];
      const call = caller[area]![verb] as (input: unknown) => Promise<unknown>;
      const input = await entry.input(fx);
      const started = new Date(Date.now() - 1);
      const result = await call(input).then(
        () => "ok",
        (error: unknown) => (error as Error).message,
      );
      if (entry.succeeds !== false) expect(result).toBe("ok");

      const events = await db.auditEvent.findMany({
        where: { staffId: fx.admin.id, createdAt: { gte: started } },
        orderBy: { createdAt: "asc" },
      });
      expect(events.length, `${path} wrote no audit event`).toBeGreaterThan(0);
      const expected = entry.target(fx, input);
      const event = events.find((row) =>
        expected?.endsWith(":") ? row.target?.startsWith(expected) : row.target === expected,
      );
      expect(event, `${path}: events ${JSON.stringify(events.map((row) => [row.action, row.target]))}`).toBeDefined();
      expect(event!.action).not.toBe("access.refused");
      // The audit screen names it in plain words.
      expect(AUDIT_ACTION_LABELS[event!.action], `no label for ${event!.action}`).toBeDefined();
      expect(event!.outcome).not.toBe("PENDING");
      expect(event!.completedAt).not.toBeNull();
      expect(event!.outcome === "OK").toBe(result === "ok");
      if (expected?.endsWith(":")) expect(event!.target).toMatch(/:\d+$/);
      expect(event!.request).not.toContain(String((input as { password?: string }).password ?? "never-a-password"));
    });
  }
});
