import { beforeAll, describe, expect, it } from "vitest";
import { createStaff as createTestStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import type { CurrentStaff } from "@/server/auth/current-staff";
import { createCaller } from "@/server/api/root";

const db = createTestDb();
let merchantId: string;
let otherMerchantId: string;
const as = (staff: CurrentStaff) => createCaller({ db, staff });

const FILE = "Email;Jumlah;Catatan\r\nsari@example.com;1;Terima kasih\r\nbudi@example.com;2;\r\n6.28123E+11;1;\r\n";

const fields = () => ({
  name: "December thank-you",
  stampsTemplateId: 3,
  startDate: "2026-12-01",
  defaultQuantity: 1,
  defaultValue: null,
  defaultNotes: "Terima kasih",
});

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  otherMerchantId = (await createEmulatorMerchant(db, { stampsMerchantId: 15 })).id;
  for (const id of [merchantId, otherMerchantId]) {
    await db.voucherTemplate.create({
      data: { merchantId: id, stampsTemplateId: 3, name: "Discount Rp 100,000", valueType: "FIXED" },
    });
  }
});

/** A campaign of `merchantId` with the three-row file pasted in, by a new MARKETING member. */
async function draftWithRows() {
  const creator = await createTestStaff(db, "MARKETING", [merchantId]);
  const { id } = await as(creator).campaigns.create({ merchantId, ...fields() });
  await as(creator).campaigns.pasteRows({ merchantId, campaignId: id, text: FILE, mode: "replace" });
  return { creator, campaignId: id };
}

describe("campaigns: who may use them", () => {
  it("refuses SUPPORT every campaign procedure, reading and changing", async () => {
    const support = as(await createTestStaff(db, "SUPPORT", [merchantId]));
    const { campaignId } = await draftWithRows();
    const calls = [
      support.campaigns.find({ merchantId }),
      support.campaigns.get({ merchantId, campaignId }),
      support.campaigns.create({ merchantId, ...fields() }),
      support.campaigns.findRows({ merchantId, campaignId }),
      support.campaigns.getProgress({ merchantId, campaignId }),
      support.campaigns.submit({ merchantId, campaignId }),
      support.campaigns.approve({ merchantId, campaignId }),
      support.campaigns.cancel({ merchantId, campaignId, reason: "Support tries to cancel" }),
    ];
    for (const call of calls) expect((await errorOf(call)).code).toBe("FORBIDDEN");
  });

  it("refuses a merchant the staff member does not work for", async () => {
    const marketing = as(await createTestStaff(db, "MARKETING", [merchantId]));
    const error = await errorOf(marketing.campaigns.find({ merchantId: otherMerchantId }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("does not show or change a campaign of another merchant, even to staff of both", async () => {
    const { campaignId } = await draftWithRows();
    const both = as(await createTestStaff(db, "ADMIN", [merchantId, otherMerchantId]));
    expect((await errorOf(both.campaigns.get({ merchantId: otherMerchantId, campaignId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(both.campaigns.submit({ merchantId: otherMerchantId, campaignId }))).code).toBe("NOT_FOUND");
    const list = await both.campaigns.find({ merchantId: otherMerchantId });
    expect(list.campaigns.map((campaign) => campaign.id)).not.toContain(campaignId);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe("DRAFT");
  });
});

describe("campaigns: create, list and rows", () => {
  it("takes the template's name and value type from the catalogue and audits the creation", async () => {
    const marketing = await createTestStaff(db, "MARKETING", [merchantId]);
    const { id } = await as(marketing).campaigns.create({ merchantId, ...fields() });
    const campaign = await as(marketing).campaigns.get({ merchantId, campaignId: id });
    expect(campaign).toMatchObject({
      status: "DRAFT",
      templateName: "Discount Rp 100,000",
      templateValueType: "FIXED",
      createdBy: { id: marketing.id },
      isCreator: true,
    });
    const events = await db.auditEvent.findMany({ where: { action: "campaigns.create", target: `campaign:${id}` } });
    expect(events).toEqual([expect.objectContaining({ staffId: marketing.id, outcome: "OK" })]);
  });

  it("refuses a template that is not in the merchant's catalogue, on the template field", async () => {
    const marketing = as(await createTestStaff(db, "MARKETING", [merchantId]));
    const error = await errorOf(marketing.campaigns.create({ merchantId, ...fields(), stampsTemplateId: 424242 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("not in this merchant's catalogue");
  });

  it("lists with row counts, filters by status and name, and pages rows by outcome", async () => {
    const { creator, campaignId } = await draftWithRows();
    const caller = as(creator);
    await caller.campaigns.update({ merchantId, campaignId, ...fields(), name: "Rows counted zebra" });
    const found = await caller.campaigns.find({ merchantId, search: "zebra", statuses: ["DRAFT"] });
    expect(found.campaigns.map((campaign) => [campaign.id, campaign.counts])).toEqual([
      [campaignId, { total: 3, pending: 2, skipped: 1, inFlight: 0, issued: 0, failed: 0, unknown: 0 }],
    ]);
    expect((await caller.campaigns.find({ merchantId, search: "zebra", statuses: ["RUNNING"] })).total).toBe(0);

    const problems = await caller.campaigns.findRows({ merchantId, campaignId, outcome: "problems" });
    expect(problems.total).toBe(1);
    expect(problems.rows[0]).toMatchObject({ rowNumber: 3, state: "SKIPPED", cells: ["6.28123E+11", "1", ""] });
    expect(problems.rows[0]!.problem).toEqual(expect.any(String));
    const page = await caller.campaigns.findRows({ merchantId, campaignId, outcome: "all", page: 1, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, rows: [expect.objectContaining({ rowNumber: 3 })] });
  });
});

describe("campaigns: submit and four eyes", () => {
  it("goes straight to READY under the merchant's limits", async () => {
    const { creator, campaignId } = await draftWithRows();
    expect(await as(creator).campaigns.submit({ merchantId, campaignId })).toMatchObject({ status: "READY" });
  });

  it("waits for someone other than the creator above the limits, and records the approver", async () => {
    const admin = as(await createTestStaff(db, "ADMIN", [merchantId]));
    await admin.campaignSettings.update({
      merchantId,
      approvalRowLimit: 1,
      approvalValueLimit: null,
      concurrency: 4,
      ratePerSecond: 20,
    });
    try {
      const { creator, campaignId } = await draftWithRows();
      expect(await as(creator).campaigns.submit({ merchantId, campaignId })).toMatchObject({
        status: "AWAITING_APPROVAL",
      });

      const own = await errorOf(as(creator).campaigns.approve({ merchantId, campaignId }));
      expect(own.code).toBe("FORBIDDEN");
      expect(own.message).toBe("You created this campaign, so someone else must approve it.");
      expect((await errorOf(as(creator).campaigns.start({ merchantId, campaignId, reason: "Go go go" }))).code).toBe(
        "CONFLICT",
      );

      const colleague = await createTestStaff(db, "MARKETING", [merchantId]);
      expect(await as(colleague).campaigns.get({ merchantId, campaignId })).toMatchObject({ isCreator: false });
      await as(colleague).campaigns.approve({ merchantId, campaignId });
      const approved = await as(creator).campaigns.get({ merchantId, campaignId });
      expect(approved).toMatchObject({ status: "READY", approvedBy: { id: colleague.id } });
      expect((await errorOf(as(colleague).campaigns.approve({ merchantId, campaignId }))).code).toBe("CONFLICT");

      const audit = await db.auditEvent.findMany({
        where: { target: `campaign:${campaignId}`, action: "campaigns.approve" },
        orderBy: { createdAt: "asc" },
      });
      expect(audit.map((event) => [event.staffId, event.outcome])).toEqual([
        [creator.id, "FORBIDDEN"],
        [colleague.id, "OK"],
        [colleague.id, "CONFLICT"],
      ]);
    } finally {
      await db.campaignSettings.delete({ where: { merchantId } });
    }
  });

  it("changes name and defaults only while a draft, and asks a reason to cancel", async () => {
    const { creator, campaignId } = await draftWithRows();
    const caller = as(creator);
    await caller.campaigns.submit({ merchantId, campaignId });
    expect((await errorOf(caller.campaigns.update({ merchantId, campaignId, ...fields() }))).code).toBe("CONFLICT");
    expect((await errorOf(caller.campaigns.cancel({ merchantId, campaignId, reason: " " }))).code).toBe("BAD_REQUEST");
    await caller.campaigns.cancel({ merchantId, campaignId, reason: "Wrong template chosen" });
    expect((await caller.campaigns.get({ merchantId, campaignId })).status).toBe("CANCELLED");
    const [event] = await db.auditEvent.findMany({
      where: { action: "campaigns.cancel", target: `campaign:${campaignId}` },
    });
    expect(event).toMatchObject({ reason: "Wrong template chosen", outcome: "OK" });
  });

  it("refuses to submit a campaign with no rows", async () => {
    const marketing = as(await createTestStaff(db, "MARKETING", [merchantId]));
    const { id } = await marketing.campaigns.create({ merchantId, ...fields() });
    expect((await errorOf(marketing.campaigns.submit({ merchantId, campaignId: id }))).code).toBe("BAD_REQUEST");
  });
});
