import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createStaff as createTestStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { learnVoucherTemplates } from "@/server/services/voucher-templates/learn-voucher-templates";

const db = createTestDb();
let merchantId: string;
const caller = async (role: "ADMIN" | "SUPPORT" | "MARKETING", merchants = [merchantId]) =>
  createCaller({ db, staff: await createTestStaff(db, role, merchants) });

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
});

describe("voucherTemplates", () => {
  it("lets an admin record, edit and remove a template; every role that issues vouchers can read them", async () => {
    const admin = await caller("ADMIN");
    const saved = await admin.voucherTemplates.save({
      merchantId,
      stampsTemplateId: 501,
      name: "Birthday Rp 50.000",
      valueType: "FIXED",
    });
    await admin.voucherTemplates.save({
      merchantId,
      id: saved.id,
      stampsTemplateId: 501,
      name: "Birthday",
      valueType: "DYNAMIC",
    });
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const list = await (await caller(role)).voucherTemplates.find({ merchantId });
      expect(list).toContainEqual(
        expect.objectContaining({ stampsTemplateId: 501, name: "Birthday", valueType: "DYNAMIC", source: "ADMIN" }),
      );
    }
    await admin.voucherTemplates.remove({ merchantId, id: saved.id });
    expect(await db.voucherTemplate.count({ where: { merchantId, stampsTemplateId: 501 } })).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { action: { startsWith: "voucher-templates." } } });
    expect(audit.map((event) => event.action)).toEqual([
      "voucher-templates.save",
      "voucher-templates.save",
      "voucher-templates.remove",
    ]);
  });

  it("refuses a second entry for the same Stamps ID, on the ID field", async () => {
    const admin = await caller("ADMIN");
    await admin.voucherTemplates.save({ merchantId, stampsTemplateId: 502, name: "Free coffee", valueType: "FIXED" });
    const error = await errorOf(
      admin.voucherTemplates.save({ merchantId, stampsTemplateId: 502, name: "Coffee again", valueType: "FIXED" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe('Template 502 is already in the catalogue as "Free coffee".');
  });

  it("is changed by admins only, and only for merchants they work for", async () => {
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const error = await errorOf(
        (await caller(role)).voucherTemplates.save({
          merchantId,
          stampsTemplateId: 503,
          name: "X",
          valueType: "FIXED",
        }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const error = await errorOf((await caller("ADMIN")).voucherTemplates.find({ merchantId: other.id }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("learns names from vouchers it sees without overwriting an admin's entry; an admin takes a learned one over", async () => {
    const admin = await caller("ADMIN");
    await admin.voucherTemplates.save({
      merchantId,
      stampsTemplateId: 504,
      name: "Our own name",
      valueType: "DYNAMIC",
    });
    await learnVoucherTemplates(db, merchantId, [
      { templateId: 504, name: "Stamps' name" },
      { templateId: 505, name: "Learned one" },
      { templateId: null, name: "No template" },
    ]);
    await learnVoucherTemplates(db, merchantId, [{ templateId: 505, name: "Learned, renamed" }]);
    const rows = await db.voucherTemplate.findMany({
      where: { merchantId, stampsTemplateId: { in: [504, 505] } },
      orderBy: { stampsTemplateId: "asc" },
    });
    expect(rows.map((row) => [row.name, row.source, row.valueType])).toEqual([
      ["Our own name", "ADMIN", "DYNAMIC"],
      ["Learned, renamed", "LEARNED", "FIXED"],
    ]);
    await admin.voucherTemplates.save({ merchantId, stampsTemplateId: 505, name: "Confirmed", valueType: "FIXED" });
    expect(await db.voucherTemplate.findFirst({ where: { merchantId, stampsTemplateId: 505 } })).toMatchObject({
      name: "Confirmed",
      source: "ADMIN",
    });
  });

  it("learns from the vouchers vouchers.find lists, which name the campaign that issued them for MARKETING, not SUPPORT", async () => {
    const support = await caller("SUPPORT");
    const email = `learn-${randomUUID().slice(0, 8)}@test.stamps.id`;
    const { id: memberId } = await support.members.register({
      merchantId,
      name: "Template Learner",
      email,
      birthday: "1990-01-01",
      gender: "female",
      store: 2,
      reason: "A member of this test's own",
    });
    const campaign = await db.campaign.create({
      data: { merchantId, name: "Lebaran thanks", stampsTemplateId: 3, templateName: "x", startDate: "2026-12-01" },
    });
    await support.vouchers.issue({
      merchantId,
      memberId,
      templateId: 3,
      startDate: "2026-12-01",
      quantity: 1,
      notes: `Terima kasih [c${campaign.id}/r7]`,
      reason: "Issued as a campaign would",
    });

    const seenBySupport = await support.vouchers.findMemberVouchers({ merchantId, memberId });
    expect(seenBySupport.vouchers).toEqual([expect.objectContaining({ templateId: 3 })]);
    expect(seenBySupport.vouchers[0]!.campaign).toBeUndefined();
    expect(await db.voucherTemplate.findFirst({ where: { merchantId, stampsTemplateId: 3 } })).toMatchObject({
      name: "Discount Rp 100,000",
      source: "LEARNED",
    });

    const seenByMarketing = await (await caller("MARKETING")).vouchers.findMemberVouchers({ merchantId, memberId });
    expect(seenByMarketing.vouchers[0]!.campaign).toEqual({ id: campaign.id, name: "Lebaran thanks", rowNumber: 7 });
  });
});

describe("campaignSettings", () => {
  it("is for admins: others are refused, an admin reads defaults and saves limits", async () => {
    const marketing = await caller("MARKETING");
    expect((await errorOf(marketing.campaignSettings.get({ merchantId }))).code).toBe("FORBIDDEN");
    const admin = await caller("ADMIN");
    expect(await admin.campaignSettings.get({ merchantId })).toMatchObject({
      approvalRowLimit: 1000,
      concurrency: 4,
      ratePerSecond: 20,
    });
    await admin.campaignSettings.update({
      merchantId,
      approvalRowLimit: null,
      approvalValueLimit: 10_000_000,
      concurrency: 8,
      ratePerSecond: 40,
    });
    expect(await admin.campaignSettings.get({ merchantId })).toMatchObject({
      approvalRowLimit: null,
      approvalValueLimit: 10_000_000,
      concurrency: 8,
    });
    const error = await errorOf(
      admin.campaignSettings.update({
        merchantId,
        approvalRowLimit: 0,
        approvalValueLimit: null,
        concurrency: 4,
        ratePerSecond: 20,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});
