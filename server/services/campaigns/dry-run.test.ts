import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { getStampsClient } from "@/server/services/merchants/get-stamps-client";
import type { StampsClient } from "@/server/stamps";
import { createEmulatorMerchant } from "@/testing/vitest";
import { runDryRun } from "./dry-run";
import { ingestCampaignFile, ingestCampaignText } from "./ingest-file";
import { createDraftCampaign, fixtureStream } from "@/testing/factories/campaigns";

const db = createTestDb();
let merchantId: string;
let stamps: StampsClient;
const phone = () => `0812${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

/** A member of merchant 14 of this test's own, registered through the emulator's API. */
async function registerMember(overrides: { email?: string; phone?: string } = {}) {
  const { customer } = await stamps.memberships.register({
    merchant: 14,
    name: "Wulan Sari",
    email: overrides.email ?? `wulan-${randomUUID().slice(0, 8)}@example.com`,
    birthday: "1993-04-05",
    gender: "female",
    store: 2,
    ...(overrides.phone ? { phone: overrides.phone } : {}),
  });
  return customer;
}

const rowsOf = (campaignId: number) =>
  db.campaignRow.findMany({ where: { campaignId }, orderBy: { rowNumber: "asc" } });

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  stamps = getStampsClient(await db.merchant.findUniqueOrThrow({ where: { id: merchantId } }));
});

describe("runDryRun", () => {
  it("asks Stamps once per member, through the throttle; marks who exists and skips who does not", async () => {
    const byEmail = await registerMember();
    const mobile = phone();
    const byPhone = await registerMember({ phone: mobile });
    const unknownEmail = `nobody-${randomUUID().slice(0, 8)}@example.com`;
    const unknownPhone = phone();
    const campaign = await createDraftCampaign(db, merchantId);
    await ingestCampaignText({
      db,
      campaignId: campaign.id,
      text: [
        "Email / HP;Jumlah",
        `${byEmail.email!.toUpperCase()};1`,
        `${mobile.slice(0, 4)}-${mobile.slice(4, 8)}-${mobile.slice(8)};2`,
        `${unknownEmail};1`,
        `${unknownPhone};1`,
        "123456780001;1",
        `${byEmail.email};1`,
        "not a member!;1",
      ].join("\r\n"),
      mode: "replace",
    });
    let calls = 0;
    const result = await runDryRun({ db, stamps, campaignId: campaign.id, throttle: async () => void calls++ });
    expect(result).toEqual({ members: 5, found: 3, notFound: 2, unchecked: 0, stopped: false });
    expect(calls).toBe(5);

    const rows = await rowsOf(campaign.id);
    expect(rows.map((row) => [row.state, row.memberFound, row.memberId, row.problem])).toEqual([
      ["PENDING", true, byEmail.id, null],
      ["PENDING", true, byPhone.id, null],
      ["SKIPPED", false, null, `Stamps has no member with the email ${unknownEmail}`],
      ["SKIPPED", false, null, `Stamps has no member with the phone number +62${unknownPhone.slice(1)}`],
      ["PENDING", true, expect.any(Number), null],
      // The member exists: the duplicate row says so too, and stays skipped.
      ["SKIPPED", true, byEmail.id, "Same member as row 1; only that row is issued"],
      ["SKIPPED", null, null, expect.stringMatching(/is not an email, phone number/)],
    ]);
    const checked = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(checked.dryRunStatus).toBe("DONE");
    expect(checked.dryRunCheckedAt).toBeInstanceOf(Date);

    // The unknown member signs up; a second dry run finds them and puts their row back.
    const late = await registerMember({ email: unknownEmail });
    const again = await runDryRun({ db, stamps, campaignId: campaign.id, throttle: async () => undefined });
    expect(again).toMatchObject({ members: 5, found: 4, notFound: 1 });
    expect((await rowsOf(campaign.id))[2]).toMatchObject({
      state: "PENDING",
      memberFound: true,
      memberId: late.id,
      problem: null,
    });
  });

  it("finds the emulator's demo members of the fixture files by phone and by card; stops when told to", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("indonesian-semicolon-bom-crlf.csv"),
      fileName: "x.csv",
      mode: "replace",
    });
    const controller = new AbortController();
    let calls = 0;
    const stopped = await runDryRun({
      db,
      stamps,
      campaignId: campaign.id,
      concurrency: 1,
      signal: controller.signal,
      throttle: async () => {
        if (++calls === 3) controller.abort();
      },
    });
    expect(stopped).toMatchObject({ members: 4, found: 2, stopped: true });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).dryRunStatus).toBeNull();

    const done = await runDryRun({ db, stamps, campaignId: campaign.id, throttle: async () => undefined });
    expect(done).toMatchObject({ members: 4, found: 3, notFound: 1, stopped: false });
    const rows = await rowsOf(campaign.id);
    expect(rows.filter((row) => row.memberFound === false).map((row) => [row.rowNumber, row.problem])).toEqual([
      [10, "Stamps has no member with the phone number +6285712340099"],
    ]);

    const cards = await createDraftCampaign(db, merchantId);
    await ingestCampaignFile({
      db,
      campaignId: cards.id,
      body: fixtureStream("pos-card-numbers-semicolon.csv"),
      fileName: "pos.csv",
      mode: "replace",
    });
    expect(await runDryRun({ db, stamps, campaignId: cards.id, throttle: async () => undefined })).toMatchObject({
      found: 2,
      notFound: 1,
    });
  });

  it("stops at once when Stamps refuses the token, keeping nothing half-marked", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await ingestCampaignText({
      db,
      campaignId: campaign.id,
      text: "email\na@example.com\nb@example.com\n",
      mode: "replace",
    });
    const wrong = await createEmulatorMerchant(db, { stampsMerchantId: 9_000_001, token: "wrong-token" });
    const refused = getStampsClient(await db.merchant.findUniqueOrThrow({ where: { id: wrong.id } }));
    let calls = 0;
    await expect(
      runDryRun({ db, stamps: refused, campaignId: campaign.id, throttle: async () => void calls++, concurrency: 1 }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
    expect((await rowsOf(campaign.id)).every((row) => row.memberFound === null && row.state === "PENDING")).toBe(true);
  });
});
