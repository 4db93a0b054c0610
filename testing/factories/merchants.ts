import type { PrismaClient } from "../../server/generated/prisma/client";
import { createMerchant } from "../../server/services/merchants/save-merchant";

/** An emulator merchant (14 unless told) as an admin would save it, its token stored encrypted. */
export function createEmulatorMerchant(
  db: PrismaClient,
  { apiBaseUrl, token, stampsMerchantId = 14 }: { apiBaseUrl: string; token: string; stampsMerchantId?: number },
) {
  return createMerchant(db, {
    stampsMerchantId,
    name: "Stamps Coffee",
    apiBaseUrl,
    tokenType: "Token",
    timeZone: "Asia/Jakarta",
    token,
  });
}
