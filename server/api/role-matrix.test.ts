import { beforeAll, describe, expect, it } from "vitest";
import { AREA_ROLES, ROLES, type TArea, type TRole } from "@/lib/permissions";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { appRouter, createCaller } from "@/server/api/root";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { createStaff, type TestStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

/**
 * Issue 10: every procedure of the router, called without a session, with every role that must not reach it, and
 * with another merchant's ids by every role that may (ADMIN included): UNAUTHORIZED, FORBIDDEN, and FORBIDDEN or
 * NOT_FOUND, never data. The table is checked against the router, so a new procedure fails here until it has a row.
 */

const db = createTestDb();

/** Merchant A is the caller's; B is someone else's, with a campaign, a template, staff and audit events. */
type Fixture = {
  a: string;
  b: string;
  campaignA: number;
  campaignB: number;
  templateB: string;
  staffB: string;
  auditA: string;
  auditB: string;
};
let f: Fixture;
const B_MARKER = "Merchant-B-only";

type Row = {
  /** Who may call it: the console area (lib/permissions) whose roles it serves. */
  area: TArea;
  /** A valid input for merchant A: what the role checks are made with. */
  input: (f: Fixture) => unknown;
  /**
   * The same call aimed at merchant B: each input must be refused (FORBIDDEN or NOT_FOUND). A list with no merchant
   * in its input is `{ list }` instead: it must answer, with nothing of merchant B in the answer. `null` only where the
   * input names no merchant's anything (say why).
   */
  foreign: ((f: Fixture) => unknown)[] | { list: (f: Fixture) => unknown } | { none: string };
};

const reason = "Role matrix test";
const member = { memberId: 1 };
const onA = (f: Fixture, rest: object = {}) => ({ merchantId: f.a, ...rest });
/** The call for merchant B, and for merchant A with one of B's campaigns. */
const campaignCall = (rest: object = {}) => ({
  input: (f: Fixture) => ({ merchantId: f.a, campaignId: f.campaignA, ...rest }),
  foreign: [
    (f: Fixture) => ({ merchantId: f.b, campaignId: f.campaignB, ...rest }),
    (f: Fixture) => ({ merchantId: f.a, campaignId: f.campaignB, ...rest }),
  ],
});
/** A merchant procedure: the same input with merchant B's id. */
const merchantCall = (area: TArea, rest: object = {}): Row => ({
  area,
  input: (f) => onA(f, rest),
  foreign: [(f) => ({ merchantId: f.b, ...rest })],
});

const campaignFields = { name: "Matrix", stampsTemplateId: 1, startDate: "2026-12-24", defaultQuantity: 1 };
const memberFields = { name: "Matrix Member", birthday: "1990-01-01", gender: "male", reason };
const sale = { store: 1, totalValue: 10000 };
const items = [{ productName: "Kopi", quantity: 1, price: 10000 }];

const TABLE: Record<string, Row> = {
  "audit.find": {
    area: "audit",
    input: () => ({}),
    foreign: [(f) => ({ merchantId: f.b })],
  },
  "audit.get": {
    area: "audit",
    input: (f) => ({ id: f.auditA }),
    foreign: [(f) => ({ id: f.auditB })],
  },
  "campaignSettings.get": merchantCall("settings"),
  "campaignSettings.update": merchantCall("settings", {
    approvalRowLimit: 1000,
    approvalValueLimit: null,
    concurrency: 2,
    ratePerSecond: 5,
  }),
  "campaigns.find": merchantCall("campaigns"),
  "campaigns.create": merchantCall("campaigns", campaignFields),
  "campaigns.get": { area: "campaigns", ...campaignCall() },
  "campaigns.update": { area: "campaigns", ...campaignCall(campaignFields) },
  "campaigns.setColumnMapping": { area: "campaigns", ...campaignCall({ mapping: { identifier: 0 } }) },
  "campaigns.pasteRows": { area: "campaigns", ...campaignCall({ text: "email\nx@test.id" }) },
  "campaigns.getSummary": { area: "campaigns", ...campaignCall() },
  "campaigns.findRows": { area: "campaigns", ...campaignCall() },
  "campaigns.requestDryRun": { area: "campaigns", ...campaignCall() },
  "campaigns.submit": { area: "campaigns", ...campaignCall() },
  "campaigns.approve": { area: "campaigns", ...campaignCall() },
  "campaigns.start": { area: "campaigns", ...campaignCall({ reason }) },
  "campaigns.pause": { area: "campaigns", ...campaignCall() },
  "campaigns.resume": { area: "campaigns", ...campaignCall() },
  "campaigns.cancel": { area: "campaigns", ...campaignCall({ reason }) },
  "campaigns.retryFailed": { area: "campaigns", ...campaignCall() },
  "campaigns.getProgress": { area: "campaigns", ...campaignCall() },
  "members.findMemberActivity": merchantCall("members", member),
  "members.get": merchantCall("members", { user: "customer@stamps.co.id" }),
  "members.register": merchantCall("memberEdit", { ...memberFields, email: "matrix@test.id", store: 1 }),
  "members.suggest": merchantCall("members", { query: "steve" }),
  "members.update": merchantCall("memberEdit", { ...memberFields, ...member }),
  "merchants.find": { area: "settings", input: () => undefined, foreign: { list: () => undefined } },
  "merchants.create": {
    area: "settings",
    input: () => ({
      stampsMerchantId: 9999,
      name: "Matrix",
      apiBaseUrl: "https://stamps.co.id",
      tokenType: "Token",
      token: "matrix-token-1234",
    }),
    foreign: { none: "a new merchant names no existing merchant" },
  },
  "merchants.update": {
    area: "settings",
    input: (f) => ({
      id: f.a,
      stampsMerchantId: 14,
      name: "A",
      apiBaseUrl: "https://stamps.co.id",
      tokenType: "Token",
    }),
    foreign: [
      (f) => ({
        id: f.b,
        stampsMerchantId: 15,
        name: "Mine now",
        apiBaseUrl: "https://stamps.co.id",
        tokenType: "Token",
      }),
    ],
  },
  "merchants.remove": {
    area: "settings",
    input: (f) => ({ id: f.a, confirmName: "A", reason }),
    foreign: [(f) => ({ id: f.b, confirmName: B_MARKER, reason })],
  },
  "merchants.testConnection": { area: "settings", input: (f) => ({ id: f.a }), foreign: [(f) => ({ id: f.b })] },
  "merchants.findStores": merchantCall("members"),
  "redemptions.authorize": merchantCall("redemptions", { pinSecret: "123456", reason, ...member }),
  "redemptions.cancel": merchantCall("redemptions", {
    redemptionId: 1,
    createReplacementVoucher: false,
    reason,
    ...member,
  }),
  "home.getStartPage": merchantCall("members"),
  "home.recordMemberVisit": merchantCall("members", { memberId: 1, memberName: "Matrix Member" }),
  "redemptions.findMemberRedemptions": merchantCall("redemptions", member),
  "redemptions.findRewardOptions": merchantCall("redemptions", member),
  "redemptions.findVoucherOptions": merchantCall("redemptions", member),
  "redemptions.redeemPromoCode": merchantCall("redemptions", {
    storeId: 1,
    invoiceNumber: "INV-1",
    promoCode: "PROMO",
    reason,
    ...member,
  }),
  "redemptions.redeemReward": merchantCall("redemptions", { storeId: 1, rewardId: 1, reason, ...member }),
  "redemptions.redeemVoucher": merchantCall("redemptions", { storeId: 1, voucherId: 1, reason, ...member }),
  "redemptions.redeemVoucherCode": merchantCall("redemptions", {
    storeId: 1,
    voucherCode: "CODE1",
    reason,
    ...member,
  }),
  "rewards.find": merchantCall("vouchers"),
  "rewards.findMemberRewards": merchantCall("vouchers", member),
  "staff.find": { area: "settings", input: () => undefined, foreign: { list: () => undefined } },
  "staff.create": {
    area: "settings",
    input: (f) => ({ email: "matrix-new@test.id", name: "New", role: "SUPPORT", merchantIds: [f.a] }),
    foreign: [(f) => ({ email: "matrix-b@test.id", name: "New", role: "ADMIN", merchantIds: [f.b] })],
  },
  "staff.update": {
    area: "settings",
    input: (f) => ({ id: f.staffB, name: "X", role: "SUPPORT", merchantIds: [f.a] }),
    foreign: [
      (f) => ({ id: f.staffB, name: "Hijacked", role: "ADMIN", merchantIds: [f.a] }),
      (f) => ({ id: f.staffB, name: "Hijacked", role: "ADMIN", merchantIds: [f.b] }),
    ],
  },
  "staff.setDisabled": {
    area: "settings",
    input: (f) => ({ id: f.staffB, disabled: true, reason }),
    foreign: [(f) => ({ id: f.staffB, disabled: true, reason })],
  },
  "staff.resetPassword": {
    area: "settings",
    input: (f) => ({ id: f.staffB, reason }),
    foreign: [(f) => ({ id: f.staffB, reason })],
  },
  "staff.resetSecondFactor": {
    area: "settings",
    input: (f) => ({ id: f.staffB, reason }),
    foreign: [(f) => ({ id: f.staffB, reason })],
  },
  "transactions.findByInvoice": merchantCall("transactions", { invoiceNumber: "INV-MATRIX-1" }),
  "transactions.findMemberTransactions": merchantCall("transactions", member),
  "transactions.get": merchantCall("transactions", { transactionId: 1 }),
  "transactions.previewEarnings": merchantCall("transactions", sale),
  "transactions.previewModification": merchantCall("transactions", {
    transactionId: 1,
    takeOffTotal: 1000,
    takeOffSubtotal: 1000,
    items: [],
  }),
  "transactions.previewCompletion": merchantCall("transactions", { transactionId: 1, items }),
  "transactions.add": merchantCall("transactions", {
    ...sale,
    invoiceNumber: "INV-M",
    created: "2026-12-01T10:00",
    numberOfPeople: 1,
    reason,
    ...member,
  }),
  "transactions.completeTransactionItems": merchantCall("transactions", { transactionId: 1, items, reason }),
  "transactions.modify": merchantCall("transactions", {
    transactionId: 1,
    takeOffTotal: 1000,
    takeOffSubtotal: 1000,
    items: [],
    reason,
  }),
  "transactions.cancel": merchantCall("transactions", {
    transactionId: 1,
    invoiceNumber: "INV-1",
    date: "2026-12-01",
    reason,
  }),
  "vouchers.countMemberVouchers": merchantCall("vouchers", member),
  "vouchers.findMemberVouchers": merchantCall("vouchers", member),
  "vouchers.get": merchantCall("vouchers", { code: "CODE1", ...member }),
  "vouchers.issue": merchantCall("vouchers", {
    templateId: 1,
    startDate: "2026-12-24",
    quantity: 1,
    reason,
    ...member,
  }),
  "vouchers.validate": merchantCall("vouchers", { code: "CODE1", store: 1 }),
  "voucherTemplates.find": merchantCall("vouchers"),
  "voucherTemplates.save": {
    area: "settings",
    input: (f) => onA(f, { stampsTemplateId: 5, name: "T", valueType: "FIXED" }),
    foreign: [
      (f) => ({ merchantId: f.b, stampsTemplateId: 5, name: "T", valueType: "FIXED" }),
      (f) => ({ merchantId: f.a, id: f.templateB, stampsTemplateId: 5, name: "Renamed", valueType: "FIXED" }),
    ],
  },
  "voucherTemplates.remove": {
    area: "settings",
    input: (f) => onA(f, { id: f.templateB }),
    foreign: [(f) => ({ merchantId: f.b, id: f.templateB }), (f) => ({ merchantId: f.a, id: f.templateB })],
  },
};

type Procedure = { _def: { type: "query" | "mutation" | "subscription" } };
const procedures = (appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures;
const paths = Object.keys(procedures).sort();

type Caller = ReturnType<typeof createCaller>;
/** Calls `path` ("staff.update") on a caller, as the client would. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [group, name] = path.split(".") as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![name]!;
  return fn(input);
}

const staffOf: Partial<Record<TRole, TestStaff>> = {};

beforeAll(async () => {
  const a = (await createEmulatorMerchant(db)).id;
  const b = (await createEmulatorMerchant(db, { stampsMerchantId: 15 })).id;
  await db.merchant.update({ where: { id: b }, data: { name: B_MARKER } });
  const campaign = (merchantId: string) =>
    db.campaign.create({
      data: {
        merchantId,
        name: `${merchantId === b ? B_MARKER : "A"} campaign`,
        stampsTemplateId: 1,
        templateName: "T",
        startDate: "2026-12-24",
      },
    });
  const templateB = await db.voucherTemplate.create({ data: { merchantId: b, stampsTemplateId: 77, name: B_MARKER } });
  const staffB = await createStaff(db, "ADMIN", [b], { name: B_MARKER });
  await recordAuditEvent(db, {
    actor: { id: staffB.id, email: staffB.email },
    merchantId: b,
    action: "members.update",
    target: `member:${B_MARKER}`,
    request: {},
    outcome: "OK",
  });
  const auditOf = async (merchantId: string) =>
    (
      await db.auditEvent.create({
        data: { staffEmail: "x@test.stamps.id", merchantId, action: "members.update", request: "{}", outcome: "OK" },
      })
    ).id;
  f = {
    auditA: await auditOf(a),
    auditB: await auditOf(b),
    a,
    b,
    campaignA: (await campaign(a)).id,
    campaignB: (await campaign(b)).id,
    templateB: templateB.id,
    staffB: staffB.id,
  };
  for (const role of ROLES) staffOf[role] = await createStaff(db, role, [a]);
});

describe("role × procedure matrix", () => {
  it("has a row for every procedure of the router, and none for a procedure that is gone", () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(
      paths.filter((path) => !(path in TABLE)),
      "procedures with no row in TABLE",
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((path) => !(path in procedures)),
      "rows for no procedure",
    ).toEqual([]);
  });

  it.each(paths)("%s: UNAUTHORIZED without a session", async (path) => {
    const row = TABLE[path];
    if (!row) return;
    const error = await trpcErrorOf(call(createCaller({ db, staff: null }), path, row.input(f)));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it.each(paths)("%s: FORBIDDEN to every role outside its area", async (path) => {
    const row = TABLE[path];
    if (!row) return;
    const allowed: readonly TRole[] = AREA_ROLES[row.area];
    for (const role of ROLES.filter((role) => !allowed.includes(role))) {
      const error = await trpcErrorOf(call(createCaller({ db, staff: staffOf[role]! }), path, row.input(f)));
      expect(error.code, `${role} calling ${path}`).toBe("FORBIDDEN");
    }
  });

  it.each(paths)("%s: another merchant's ids are refused to every role that may call it", async (path) => {
    const row = TABLE[path];
    if (!row) return;
    for (const role of AREA_ROLES[row.area]) {
      const caller = createCaller({ db, staff: staffOf[role]! });
      if ("none" in row.foreign) continue;
      if ("list" in row.foreign) {
        const answer = JSON.stringify(await call(caller, path, row.foreign.list(f)));
        expect(answer, `${role} listing ${path}`).not.toContain(f.b);
        expect(answer, `${role} listing ${path}`).not.toContain(B_MARKER);
        continue;
      }
      for (const input of row.foreign) {
        const error = await trpcErrorOf(call(caller, path, input(f)));
        expect(["FORBIDDEN", "NOT_FOUND"], `${role} calling ${path} with ${JSON.stringify(input(f))}`).toContain(
          error.code,
        );
      }
    }
  });

  it("left merchant B as it was", async () => {
    expect(await db.merchant.findUniqueOrThrow({ where: { id: f.b } })).toMatchObject({ name: B_MARKER });
    expect(await db.voucherTemplate.findUniqueOrThrow({ where: { id: f.templateB } })).toMatchObject({
      name: B_MARKER,
    });
    expect(await db.staff.findUniqueOrThrow({ where: { id: f.staffB } })).toMatchObject({
      name: B_MARKER,
      role: "ADMIN",
      disabled: false,
      sessionVersion: 0,
      mustChangePassword: false,
    });
    expect(await db.campaign.count({ where: { merchantId: f.b } })).toBe(1);
    expect(await db.staff.count({ where: { email: "matrix-b@test.id" } })).toBe(0);
  });
});
