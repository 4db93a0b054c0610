import { randomBytes } from "node:crypto";
import type { EmulatorDb } from "./db/client";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { seedLoyaltyDemoData } from "./loyalty/seed-loyalty";
import { referralCode } from "./members/referral-code";
import { memberSearchTerms } from "./members/search-terms";
import { seedRedemptionDemoData } from "./redemptions/seed-redemptions";
import type { LevelName } from "./seed-data";
import { DEMO_MERCHANT_ID, demoLevels, demoMembers, demoMerchants, OTHER_MERCHANT_ID } from "./seed-data";

/**
 * Bumped whenever the demo data changes, and stored in the database (PRAGMA user_version) when it
 * is seeded, so an older database can be told apart: the seed never overwrites existing data.
 */
export const DEMO_DATA_VERSION = 2;

export type SeedResult = {
  /** the demo data version the database was seeded with; lower than DEMO_DATA_VERSION means stale */
  dataVersion: number;
  /** false when the demo data was already there and only the tokens were checked */
  created: boolean;
  demoMerchantId: number;
  demoToken: string;
  otherMerchantId: number;
  otherToken: string;
};

/**
 * Inserts the demo data into an empty database and makes sure both demo merchants have an API
 * token. Safe to run on every start: existing data, including what clients changed, is kept.
 * Without `demoToken` / `otherToken` a random token is generated once and stays in the database.
 */
export async function seedDemoData(
  db: Pick<EmulatorDb, "prisma">,
  options: { demoToken?: string | undefined; otherToken?: string | undefined } = {},
): Promise<SeedResult> {
  const { prisma } = db;
  const created = (await prisma.merchant.count({ where: { id: DEMO_MERCHANT_ID } })) === 0;
  if (created) {
    await prisma.$transaction(async (tx) => insertDemoData(tx));
    await prisma.$executeRawUnsafe(`PRAGMA user_version = ${DEMO_DATA_VERSION}`);
  }
  const [{ user_version: dataVersion } = { user_version: 0 }] =
    await prisma.$queryRawUnsafe<{ user_version: number }[]>("PRAGMA user_version");

  return {
    dataVersion: Number(dataVersion),
    created,
    demoMerchantId: DEMO_MERCHANT_ID,
    demoToken: await ensureToken(prisma, DEMO_MERCHANT_ID, options.demoToken),
    otherMerchantId: OTHER_MERCHANT_ID,
    otherToken: await ensureToken(prisma, OTHER_MERCHANT_ID, options.otherToken),
  };
}

async function insertDemoData(tx: Prisma.TransactionClient): Promise<void> {
  const groups = new Map(demoMerchants.map(({ group }) => [group.id, group]));
  await tx.merchantGroup.createMany({ data: [...groups.values()] });
  await tx.merchant.createMany({
    data: demoMerchants.map(({ id, group, code, name, timeZone }) => ({ id, groupId: group.id, code, name, timeZone })),
  });
  await tx.store.createMany({
    data: demoMerchants.flatMap((merchant) =>
      merchant.stores.map((store) => ({
        id: store.id,
        merchantId: merchant.id,
        name: store.name,
        displayName: `${merchant.name} ${store.name}`,
      })),
    ),
  });

  await tx.membershipLevel.createMany({
    data: demoMerchants.flatMap((merchant) =>
      demoLevels.map((level) => ({ id: levelId(merchant.id, level.name), merchantId: merchant.id, ...level })),
    ),
  });

  await tx.user.createMany({
    data: demoMembers.map(({ memberships, ...user }) => ({
      ...user,
      createdAt: jakartaMidnight(memberships[0]?.startDate ?? "2016-01-01"),
    })),
  });

  const memberships = demoMembers
    .flatMap((member) => member.memberships.map((membership) => ({ member, membership })))
    .map((entry, index) => ({ id: index + 1, ...entry }));
  await tx.membership.createMany({
    data: memberships.map(({ id, member, membership }) => ({
      id,
      userId: member.id,
      merchantId: membership.merchantId,
      levelId: levelId(membership.merchantId, membership.level),
      stamps: membership.stamps,
      balance: membership.balance,
      eligibleSpending: demoEligibleSpending(membership.level),
      referralCode: referralCode(id),
      startDate: membership.startDate,
      createdAt: jakartaMidnight(membership.startDate),
    })),
  });
  await tx.memberCard.createMany({
    data: memberships.flatMap(({ id, membership }) =>
      membership.cards.map((number) => ({ merchantId: membership.merchantId, membershipId: id, number })),
    ),
  });
  await tx.memberSearchTerm.createMany({
    data: memberships.flatMap(({ id, member, membership }) =>
      memberSearchTerms({ ...member, cardNumbers: membership.cards }).map((term) => ({
        merchantId: membership.merchantId,
        term,
        membershipId: id,
      })),
    ),
  });

  const membershipIndex = new Map(
    memberships.map(({ id, member, membership }) => [`${membership.merchantId}:${member.id}`, id] as const),
  );
  await seedLoyaltyDemoData(tx, membershipIndex);
  await seedRedemptionDemoData(tx, membershipIndex);
}

async function ensureToken(prisma: PrismaClient, merchantId: number, key: string | undefined): Promise<string> {
  if (key !== undefined) {
    const existing = await prisma.apiToken.findUnique({ where: { key } });
    if (existing && existing.merchantId !== merchantId) {
      throw new Error(`The demo token is already the token of merchant ${existing.merchantId}.`);
    }
    if (!existing) await prisma.apiToken.create({ data: { key, merchantId, name: "Demo token" } });
    return key;
  }
  const first = await prisma.apiToken.findFirst({ where: { merchantId, isActive: true }, orderBy: { id: "asc" } });
  if (first) return first.key;
  const created = await prisma.apiToken.create({
    data: { key: randomBytes(20).toString("hex"), merchantId, name: "Demo token" },
  });
  return created.key;
}

/** Level ids follow the merchant and ladder order, so the demo data never depends on insert order. */
function levelId(merchantId: number, name: LevelName): number {
  const merchantIndex = demoMerchants.findIndex((merchant) => merchant.id === merchantId);
  const levelIndex = demoLevels.findIndex((level) => level.name === name);
  if (merchantIndex < 0 || levelIndex < 0) throw new Error(`No demo level ${name} for merchant ${merchantId}`);
  return merchantIndex * demoLevels.length + levelIndex + 1;
}

/** Spend that holds the member on the level: its threshold and a quarter of the way to the next. */
function demoEligibleSpending(name: LevelName): number {
  const index = demoLevels.findIndex((level) => level.name === name);
  const level = demoLevels[index];
  const next = demoLevels[index + 1];
  if (!level) throw new Error(`No demo level ${name}`);
  return level.minSpending + ((next?.minSpending ?? level.minSpending * 2) - level.minSpending) / 4;
}

function jakartaMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}
