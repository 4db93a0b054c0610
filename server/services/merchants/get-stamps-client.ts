import { env } from "@/env";
import { AppError } from "@/server/errors";
import type { Merchant } from "@/server/generated/prisma/client";
import { createStampsClient } from "@/server/stamps";
import { getKeyring } from "./keyring";
import { decryptToken, TokenDecryptionError } from "./token-cipher";

/** A Stamps API client holding this merchant's token, decrypted for this request only. */
export function getStampsClient(merchant: Pick<Merchant, "id" | "apiBaseUrl" | "tokenType" | "tokenCiphertext" | "tokenKeyVersion">) {
  let token: string;
  try {
    token = decryptToken(
      getKeyring(),
      { ciphertext: merchant.tokenCiphertext, keyVersion: merchant.tokenKeyVersion },
      merchant.id,
    );
  } catch (error) {
    if (!(error instanceof TokenDecryptionError)) throw error;
    throw new AppError("INTERNAL", {
      message: `Merchant ${merchant.id}: ${error.message}`,
      userMessage: "This merchant's Stamps API token cannot be read. An admin needs to enter it again in Settings.",
      cause: error,
    });
  }
  return createStampsClient({
    baseUrl: merchant.apiBaseUrl,
    tokenType: merchant.tokenType,
    token,
    timeoutMs: env.STAMPS_TIMEOUT_MS,
  });
}
