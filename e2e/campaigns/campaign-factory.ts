// The campaign factories of testing/factories/campaigns.ts bound to the browser tests' database, and the
// campaign pages' locators.
import type { Page } from "@playwright/test";
import type { CampaignStatus } from "../../server/generated/prisma/client";
import * as factories from "../../testing/factories/campaigns";
import { e2eDb } from "../fixtures/db";

export { CAMPAIGN_FIXTURES as FIXTURES, fixtureText } from "../../testing/factories/campaigns";
export const catalogueTemplate = () => factories.catalogueTemplate(e2eDb());
export const campaignWithFile = (createdById: string, file: string, name?: string) =>
  factories.campaignWithFile(e2eDb(), createdById, file, name);
export const setStatus = (campaignId: number, status: CampaignStatus, extra?: { startedAt?: Date }) =>
  factories.setCampaignStatus(e2eDb(), campaignId, status, extra);
export const settleRows = (campaignId: number, counts: { issued: number; failed: number }) =>
  factories.settleRows(e2eDb(), campaignId, counts);

export const campaignUrl = (id: number) => `/campaigns/${id}`;
export const rowsTable = (page: Page) => page.getByRole("table", { name: "Campaign rows" });
