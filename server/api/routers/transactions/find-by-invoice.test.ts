import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { addSale, registerMember } from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
const pos = vitestPos();
const DAY = new Date(Date.now() - 24 * 3600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });
let merchantId: string;
let caller: (role: "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("transactions.findByInvoice", () => {
  it("finds what the back office added without a member, and a till's sale in the named member's history", async () => {
    const member = await registerMember(pos, { name: "Invoice Finder" });
    const support = await caller("SUPPORT");
    const invoiceNumber = `BO-${randomUUID().slice(0, 8)}`;
    const added = await support.transactions.add({
      merchantId,
      memberId: member.id,
      store: 32,
      totalValue: 25_000,
      invoiceNumber,
      created: `${DAY}T09:30`,
      numberOfPeople: 1,
      reason: "POS was offline",
    });
    const mine = await support.transactions.findByInvoice({ merchantId, invoiceNumber });
    expect(mine.matches).toEqual([
      expect.objectContaining({ id: added.transaction.id, memberName: "Invoice Finder", source: "back-office" }),
    ]);
    // Opened by ID alone, the transaction names the member the back office recorded.
    expect((await support.transactions.get({ merchantId, transactionId: added.transaction.id })).member?.id).toBe(
      member.id,
    );

    const till = await addSale(pos, member.id, 18_000, { store: 32, created: `${DAY}T11:00:00+07:00` });
    expect((await support.transactions.findByInvoice({ merchantId, invoiceNumber: till.invoice })).matches).toEqual([]);
    const found = await support.transactions.findByInvoice({
      merchantId,
      invoiceNumber: till.invoice,
      member: member.email,
    });
    expect(found.matches).toEqual([expect.objectContaining({ id: till.id, source: "member-history", value: 18_000 })]);
    expect(found.member).toEqual({ id: member.id, name: "Invoice Finder" });
  });

  it("says which member is unknown, and is closed to marketing", async () => {
    const support = await caller("SUPPORT");
    const error = await errorOf(
      support.transactions.findByInvoice({ merchantId, invoiceNumber: "X-1", member: "nobody-here@example.com" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("nobody-here@example.com");
    const marketing = await caller("MARKETING");
    expect((await errorOf(marketing.transactions.findByInvoice({ merchantId, invoiceNumber: "X-1" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
