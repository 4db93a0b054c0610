import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { createStaff } from "@/testing/factories/staff";
import {
  addSale,
  registerMember as sharedRegisterMember,
  stampsOf as sharedStampsOf,
} from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

/** The field errors a form would receive. */
const fieldErrorsOf = (error: { cause?: unknown }) => (error.cause instanceof AppError ? error.cause.fieldErrors : {});

const REASON = "Customer called in; ticket #42";
const DAY = new Date(Date.now() - 24 * 3600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });

const pos = vitestPos();
const registerMember = async () => (await sharedRegisterMember(pos)).id;
const stampsOf = (memberId: number) => sharedStampsOf(pos, memberId);
const posSale = (memberId: number | null, totalValue: number, extra: Record<string, unknown> = {}) =>
  addSale(pos, memberId, totalValue, { store: 32, created: `${DAY}T10:00:00+07:00`, ...extra });

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("transactions.add", () => {
  it("adds a missed transaction; details show it and the member's stamps rose by what Stamps computed", async () => {
    const memberId = await registerMember();
    const support = await caller("SUPPORT");
    const sale = {
      store: 32,
      totalValue: "Rp 50.000",
      items: [{ productName: "Cappucino", quantity: 2, subtotal: "10000" }],
      payments: [{ method: "10", value: 50000 }],
    };
    const preview = await support.transactions.previewEarnings({ merchantId, memberId, ...sale });
    expect(preview.newStamps).toBeGreaterThan(0);

    const before = await stampsOf(memberId);
    const result = await support.transactions.add({
      merchantId,
      memberId,
      ...sale,
      invoiceNumber: `MISSED-${randomUUID().slice(0, 8)}`,
      created: `${DAY}T09:30`,
      numberOfPeople: 2,
      reason: REASON,
    });
    expect(result.transaction.stampsEarned).toBe(preview.newStamps);
    expect(result.member?.stamps).toBe(before + preview.newStamps);
    expect(await stampsOf(memberId)).toBe(before + preview.newStamps);

    const detail = await support.transactions.get({ merchantId, transactionId: result.transaction.id, memberId });
    expect(detail).toMatchObject({
      value: 50000,
      stamps: preview.newStamps,
      status: "New",
      businessDate: DAY,
      store: { id: 32 },
    });
    expect(detail.createdAt?.toISOString()).toBe(new Date(`${DAY}T09:30:00+07:00`).toISOString());
    expect(detail.items).toEqual([expect.objectContaining({ name: "Cappucino", quantity: 2 })]);
    expect(detail.member).toMatchObject({ id: memberId, stamps: before + preview.newStamps });

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "transactions.add", target: memberTarget(memberId) },
    });
    expect(audit).toMatchObject({ reason: REASON, outcome: "OK" });
  });

  it("puts Stamps' field errors on the form's fields", async () => {
    const error = await errorOf(
      (await caller("SUPPORT")).transactions.add({
        merchantId,
        memberId: await registerMember(),
        store: 999_999,
        totalValue: 1000,
        invoiceNumber: "X-1",
        created: `${DAY}T09:30`,
        numberOfPeople: 1,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(error))).toContain("store");
  });

  it("refuses a sale in the future before calling Stamps", async () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 3600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });
    const error = await errorOf(
      (await caller("SUPPORT")).transactions.add({
        merchantId,
        memberId: await registerMember(),
        store: 32,
        totalValue: 1000,
        invoiceNumber: "FUTURE-1",
        created: `${tomorrow}T09:30`,
        numberOfPeople: 1,
        reason: REASON,
      }),
    );
    expect(error.message).toBe("The sale can't be in the future");
  });
});

describe("transactions.byUser", () => {
  it("pages newest first through last_transaction_id and filters by date and channel", async () => {
    const memberId = await registerMember();
    // Stamps pages by ID, so the sale of an earlier day is added first.
    const older = await posSale(memberId, 5000, { created: "2025-01-15T10:00:00+07:00" });
    const ids: number[] = [];
    for (let index = 0; index < 12; index++)
      ids.push((await posSale(memberId, 10_000 + index, { channel: index < 3 ? 7 : 2 })).id);
    const support = await caller("SUPPORT");

    const first = await support.transactions.findMemberTransactions({ merchantId, memberId });
    expect(first.transactions[0]!.id).toBe(ids.at(-1));
    expect(first.nextCursor).toBe(first.transactions.at(-1)!.id);
    const seen = [...first.transactions];
    for (let cursor = first.nextCursor; cursor;) {
      const page = await support.transactions.findMemberTransactions({ merchantId, memberId, cursor });
      seen.push(...page.transactions);
      cursor = page.nextCursor;
    }
    expect(seen.map((row) => row.id)).toEqual([...ids].reverse().concat(older.id));
    expect(seen[0]).toMatchObject({ businessDate: DAY, status: "New", ownMerchant: true });
    expect(seen[0]!.storeName).toContain("Plaza Senayan");

    const january = await support.transactions.findMemberTransactions({
      merchantId,
      memberId,
      startDate: "2025-01-01",
      endDate: "2025-01-31",
    });
    expect(january.transactions.map((row) => row.id)).toEqual([older.id]);
    const callCenter = await support.transactions.findMemberTransactions({ merchantId, memberId, channels: [7] });
    expect(callCenter.transactions.map((row) => row.id)).toEqual(ids.slice(0, 3).reverse());
  });

  it("rejects an end date before the start date", async () => {
    const error = await errorOf(
      (await caller("SUPPORT")).transactions.findMemberTransactions({
        merchantId,
        memberId: await registerMember(),
        startDate: "2025-02-01",
        endDate: "2025-01-01",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("transactions.get", () => {
  it("does not name a member the transaction does not belong to", async () => {
    const owner = await registerMember();
    const sale = await posSale(owner, 20_000);
    const support = await caller("SUPPORT");
    expect((await support.transactions.get({ merchantId, transactionId: sale.id, memberId: owner })).member?.id).toBe(
      owner,
    );
    expect(
      (await support.transactions.get({ merchantId, transactionId: sale.id, memberId: await registerMember() })).member,
    ).toBeNull();
    expect((await support.transactions.get({ merchantId, transactionId: sale.id })).member).toBeNull();
  });

  it("says plainly when Stamps has no such transaction", async () => {
    const error = await errorOf((await caller("SUPPORT")).transactions.get({ merchantId, transactionId: 987_654_321 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("Stamps has no transaction 987654321");
  });
});

describe("transactions.cancel", () => {
  it("cancels by invoice and date and claws the stamps back", async () => {
    const memberId = await registerMember();
    await posSale(memberId, 30_000);
    const sale = await posSale(memberId, 50_000);
    const before = await stampsOf(memberId);
    expect(sale.stamps_earned).toBeGreaterThan(0);

    const support = await caller("SUPPORT");
    const result = await support.transactions.cancel({
      merchantId,
      memberId,
      transactionId: sale.id,
      invoiceNumber: sale.invoice,
      date: DAY,
      reason: REASON,
    });
    expect(result.transaction).toMatchObject({ id: sale.id, status: "Canceled", stampsEarned: sale.stamps_earned });
    expect(result.member?.stamps).toBe(before - sale.stamps_earned);
    expect(await stampsOf(memberId)).toBe(before - sale.stamps_earned);
    expect((await support.transactions.get({ merchantId, transactionId: sale.id })).status).toBe("Canceled");

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "transactions.cancel", target: memberTarget(memberId) },
    });
    expect(audit).toMatchObject({ reason: REASON, outcome: "OK" });
  });

  it("explains Stamps' refusal when the member has spent the stamps", async () => {
    const memberId = await registerMember();
    const sale = await posSale(memberId, 50_000);
    await pos.post("/api/v2/redemptions/redeem-reward", { user: String(memberId), store: 32, reward: 1 });
    const held = await stampsOf(memberId);
    expect(held).toBeLessThan(sale.stamps_earned);

    const input = {
      merchantId,
      memberId,
      transactionId: sale.id,
      invoiceNumber: sale.invoice,
      date: DAY,
      reason: REASON,
    };
    const error = await errorOf((await caller("SUPPORT")).transactions.cancel(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("the member has already spent stamps it earned");
    expect(error.message).toContain(`(it earned ${sale.stamps_earned} stamps; they have ${held} stamp`);
    expect(error.message).toContain("Modify");
    expect(await stampsOf(memberId)).toBe(held);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "transactions.cancel", target: memberTarget(memberId) },
    });
    expect(audit).toMatchObject({ outcome: "insufficient_stamps", message: error.message });
  });

  it("refuses an invoice and date that do not name the transaction", async () => {
    const sale = await posSale(await registerMember(), 10_000);
    const error = await errorOf(
      (await caller("SUPPORT")).transactions.cancel({
        merchantId,
        transactionId: sale.id,
        invoiceNumber: "SOMETHING-ELSE",
        date: DAY,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "transactions.cancel", target: `transaction:${sale.id}` },
    });
    expect(audit.outcome).toBe("CONFLICT");
  });
});

describe("transactions.modify", () => {
  it("previews the new stamps, then takes part of the transaction back", async () => {
    const memberId = await registerMember();
    await posSale(memberId, 100_000);
    const sale = await posSale(memberId, 80_000, {
      items: [
        { product_name: "Cafe Latte", quantity: 2, subtotal: 70_000 },
        { product_name: "AQUA", quantity: 2, subtotal: 8_000 },
      ],
    });
    const before = await stampsOf(memberId);
    const support = await caller("SUPPORT");
    const change = {
      takeOffTotal: 35_000,
      takeOffSubtotal: 0,
      items: [{ productName: "Cafe Latte", takeOffQuantity: 1 }],
    };

    const preview = await support.transactions.previewModification({
      merchantId,
      memberId,
      transactionId: sale.id,
      ...change,
    });
    expect(preview).toMatchObject({ currentStamps: sale.stamps_earned, newValue: 45_000 });
    expect(preview.newStamps).toBeLessThan(sale.stamps_earned);

    const result = await support.transactions.modify({
      merchantId,
      memberId,
      transactionId: sale.id,
      ...change,
      reason: REASON,
    });
    expect(result.transaction).toMatchObject({ id: sale.id, value: 45_000, stampsEarned: preview.newStamps });
    expect(await stampsOf(memberId)).toBe(before - sale.stamps_earned + preview.newStamps);
    const detail = await support.transactions.get({ merchantId, transactionId: sale.id });
    expect(detail.items.find((item) => item.name === "Cafe Latte")?.quantity).toBe(1);
  });

  it("puts what cannot be taken off on the fields", async () => {
    const sale = await posSale(await registerMember(), 10_000, {
      items: [{ product_name: "AQUA", quantity: 1, subtotal: 4000 }],
    });
    const support = await caller("SUPPORT");
    const base = { merchantId, transactionId: sale.id, takeOffSubtotal: 0, reason: REASON };
    const tooMuch = await errorOf(support.transactions.modify({ ...base, takeOffTotal: 20_000, items: [] }));
    expect(fieldErrorsOf(tooMuch).takeOffTotal).toContain("only Rp 10.000");
    const nothing = await errorOf(support.transactions.modify({ ...base, takeOffTotal: 0, items: [] }));
    expect(nothing.code).toBe("BAD_REQUEST");
    const unknown = await errorOf(
      support.transactions.modify({
        ...base,
        takeOffTotal: 0,
        items: [{ productName: "Kaya Bun", takeOffQuantity: 1 }],
      }),
    );
    expect(fieldErrorsOf(unknown).items).toContain("Kaya Bun");
  });
});

describe("transactions.completeItems", () => {
  it("records the items of an open transaction through add-or-update", async () => {
    const open = await posSale(null, 30_000);
    const support = await caller("SUPPORT");
    const items = [{ productName: "Americano", quantity: 1, subtotal: 30_000 }];
    const wrongTotal = await errorOf(
      support.transactions.previewCompletion({
        merchantId,
        transactionId: open.id,
        items: [{ ...items[0]!, subtotal: 1000 }],
      }),
    );
    expect(fieldErrorsOf(wrongTotal).items).toContain("must add up to");

    const preview = await support.transactions.previewCompletion({ merchantId, transactionId: open.id, items });
    expect(preview).toMatchObject({ currentStamps: 0, newStamps: 0 });
    const result = await support.transactions.completeTransactionItems({
      merchantId,
      transactionId: open.id,
      items,
      reason: REASON,
    });
    expect(result.transaction.id).toBe(open.id);
    expect((await support.transactions.get({ merchantId, transactionId: open.id })).items).toEqual([
      expect.objectContaining({ name: "Americano", quantity: 1 }),
    ]);

    const again = await errorOf(
      support.transactions.completeTransactionItems({ merchantId, transactionId: open.id, items, reason: REASON }),
    );
    expect(again.message).toContain("already complete");
    const audits = await db.auditEvent.findMany({
      where: { action: "transactions.addOrUpdate", target: `transaction:${open.id}` },
    });
    expect(audits.map((event) => event.outcome).sort()).toEqual(["BAD_REQUEST", "OK"].sort());
  });
});

describe("role boundaries", () => {
  it("refuses MARKETING every transaction procedure and lets ADMIN in", async () => {
    const marketing = await caller("MARKETING");
    const memberId = await registerMember();
    const sale = await posSale(memberId, 10_000);
    const target = { merchantId, transactionId: sale.id, memberId };
    const calls = [
      marketing.transactions.findMemberTransactions({ merchantId, memberId }),
      marketing.transactions.get(target),
      marketing.transactions.previewEarnings({ merchantId, store: 32, totalValue: 1000 }),
      marketing.transactions.previewModification({ ...target, takeOffTotal: 1, takeOffSubtotal: 0, items: [] }),
      marketing.transactions.previewCompletion({
        ...target,
        items: [{ productName: "AQUA", quantity: 1, subtotal: 1 }],
      }),
      marketing.transactions.add({
        merchantId,
        memberId,
        store: 32,
        totalValue: 1000,
        invoiceNumber: "M-1",
        created: `${DAY}T10:00`,
        numberOfPeople: 1,
        reason: REASON,
      }),
      marketing.transactions.completeTransactionItems({
        ...target,
        items: [{ productName: "AQUA", quantity: 1, subtotal: 1 }],
        reason: REASON,
      }),
      marketing.transactions.modify({ ...target, takeOffTotal: 1, takeOffSubtotal: 0, items: [], reason: REASON }),
      marketing.transactions.cancel({ ...target, invoiceNumber: "X", date: DAY, reason: REASON }),
    ];
    for (const call of calls) expect((await errorOf(call)).code).toBe("FORBIDDEN");

    const admin = await caller("ADMIN");
    expect(
      (await admin.transactions.findMemberTransactions({ merchantId, memberId })).transactions.map((row) => row.id),
    ).toEqual([sale.id]);
  });

  it("requires a reason on every change", async () => {
    const sale = await posSale(await registerMember(), 10_000);
    const error = await errorOf(
      (await caller("SUPPORT")).transactions.cancel({
        merchantId,
        transactionId: sale.id,
        invoiceNumber: sale.invoice,
        date: DAY,
        reason: " ",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});
