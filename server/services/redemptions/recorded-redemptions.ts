import type { TMemberRedemption, TRedemptionResult } from "@/lib/schemas/redemptions";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";

export type RedemptionKind = TMemberRedemption["kind"];

type Scope = { db: PrismaClient; merchant: { id: string }; staff: { email: string } };

/**
 * Keeps a redemption the back office made, so the member's page can list it: Stamps has no endpoint that lists a
 * member's redemptions. The redemption already happened in Stamps, so a failure here is logged, never thrown.
 */
export async function recordRedemption(
  { db, merchant, staff }: Scope,
  kind: RedemptionKind,
  input: { memberId: number; storeId: number; invoiceNumber?: string },
  result: TRedemptionResult,
): Promise<TRedemptionResult> {
  const data = {
    memberId: result.member.id || input.memberId,
    kind,
    item: result.item,
    stampsUsed: result.stampsUsed === null ? null : Math.round(result.stampsUsed),
    storeId: input.storeId,
    invoiceNumber: input.invoiceNumber ?? null,
    staffEmail: staff.email,
  };
  try {
    await db.recordedRedemption.upsert({
      where: { merchantId_stampsRedemptionId: { merchantId: merchant.id, stampsRedemptionId: result.redemptionId } },
      create: { merchantId: merchant.id, stampsRedemptionId: result.redemptionId, ...data },
      update: data,
    });
  } catch (error) {
    logger.error("redemptions.record_failed", { error: error instanceof Error ? error.message : String(error) });
  }
  return result;
}

/** After Stamps canceled a redemption: its row in the member's list says so. */
export async function markRedemptionCanceled(db: PrismaClient, merchantId: string, stampsRedemptionId: number) {
  await db.recordedRedemption.updateMany({
    where: { merchantId, stampsRedemptionId, canceledAt: null },
    data: { canceledAt: new Date() },
  });
}

/** The member's redemptions the back office made, newest first, with the names of their stores. */
export async function findMemberRedemptions(
  db: PrismaClient,
  merchantId: string,
  memberId: number,
): Promise<TMemberRedemption[]> {
  const [rows, stores] = await Promise.all([
    db.recordedRedemption.findMany({
      where: { merchantId, memberId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
    }),
    db.store.findMany({ where: { merchantId }, select: { stampsStoreId: true, name: true } }),
  ]);
  const storeNames = new Map(stores.map((store) => [store.stampsStoreId, store.name]));
  return rows.map((row) => ({
    redemptionId: row.stampsRedemptionId,
    kind: row.kind as RedemptionKind,
    item: row.item,
    stampsUsed: row.stampsUsed,
    storeName: row.storeId === null ? null : (storeNames.get(row.storeId) ?? `Store ${row.storeId}`),
    invoiceNumber: row.invoiceNumber,
    staffEmail: row.staffEmail,
    createdAt: row.createdAt,
    canceledAt: row.canceledAt,
  }));
}
