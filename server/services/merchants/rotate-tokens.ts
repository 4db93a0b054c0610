import type { PrismaClient } from "@/server/generated/prisma/client";
import { decryptToken, encryptToken, TokenDecryptionError, type TokenKeyring } from "./token-cipher";

export type RotationReport = {
  rotated: number;
  /** Tokens that could not be read (tampered, or saved under a key no longer configured); left as they were. */
  refused: { merchantId: string; stampsMerchantId: number; name: string; reason: string }[];
};

/**
 * Re-encrypts every stored merchant token under the keyring's current key, each in its own write. A token that
 * fails its integrity check is never re-encrypted (that would launder tampered data): it is reported instead.
 */
export async function rotateTokens(db: PrismaClient, keyring: TokenKeyring): Promise<RotationReport> {
  const report: RotationReport = { rotated: 0, refused: [] };
  const merchants = await db.merchant.findMany({
    select: { id: true, stampsMerchantId: true, name: true, tokenCiphertext: true, tokenKeyVersion: true },
    orderBy: { stampsMerchantId: "asc" },
  });
  for (const merchant of merchants) {
    let token: string;
    try {
      token = decryptToken(
        keyring,
        { ciphertext: merchant.tokenCiphertext, keyVersion: merchant.tokenKeyVersion },
        merchant.id,
      );
    } catch (error) {
      if (!(error instanceof TokenDecryptionError)) throw error;
      report.refused.push({
        merchantId: merchant.id,
        stampsMerchantId: merchant.stampsMerchantId,
        name: merchant.name,
        reason: error.message,
      });
      continue;
    }
    const encrypted = encryptToken(keyring, token, merchant.id);
    // Only if the row still holds what was read: a token replaced meanwhile is already under the current key.
    const { count } = await db.merchant.updateMany({
      where: { id: merchant.id, tokenCiphertext: merchant.tokenCiphertext },
      data: { tokenCiphertext: encrypted.ciphertext, tokenKeyVersion: encrypted.keyVersion },
    });
    report.rotated += count;
  }
  return report;
}
