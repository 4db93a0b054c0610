import type { TRemoveMerchantInput } from "@/lib/schemas/merchants";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

/**
 * Deletes the merchant with its token, stores, templates, limits and campaigns. Its audit events stay (they lose
 * the link, not the rows: the target and request still name it). A running campaign must be stopped first.
 */
export async function removeMerchant(db: PrismaClient, input: TRemoveMerchantInput) {
  const merchant = await db.merchant.findUnique({
    where: { id: input.id },
    select: { name: true, stampsMerchantId: true },
  });
  if (!merchant) throw new AppError("NOT_FOUND", { userMessage: "This merchant no longer exists." });
  if (input.confirmName !== merchant.name) {
    const message = `Type the name exactly as shown: ${merchant.name}`;
    throw new AppError("BAD_REQUEST", { userMessage: message, fieldErrors: { confirmName: message } });
  }
  const running = await db.campaign.count({ where: { merchantId: input.id, status: { in: ["RUNNING", "PAUSED"] } } });
  if (running > 0) {
    throw new AppError("CONFLICT", {
      userMessage: `${merchant.name} has ${running} running or paused campaign(s): cancel them first.`,
    });
  }
  await db.merchant.delete({ where: { id: input.id } });
  return { id: input.id, stampsMerchantId: merchant.stampsMerchantId };
}
