import { env } from "@/env";
import { AppError } from "@/server/errors";
import type { Merchant } from "@/server/generated/prisma/client";
import { checkStampsBaseUrl, createStampsClient, type StampsClientConfig } from "@/server/stamps";
import { getKeyring } from "./keyring";
import { decryptToken, TokenDecryptionError } from "./token-cipher";

/** A Stamps API client holding this merchant's token, decrypted for this request only. */
export function getStampsClient(
  merchant: Pick<Merchant, "id" | "apiBaseUrl" | "tokenType" | "tokenCiphertext" | "tokenKeyVersion">,
  /** See StampsClientConfig: the campaign worker counts its calls instead of logging each, over its own transport. */
  options: Pick<StampsClientConfig, "onCall" | "fetch"> = {},
) {
  // Saved before the allow-list, or the allow-list changed since: the token is not sent there.
  if (!checkStampsBaseUrl(merchant.apiBaseUrl, env.STAMPS_API_ALLOWED_BASE_URLS).ok) {
    throw new AppError("BAD_REQUEST", {
      message: `Merchant ${merchant.id}: API base URL is not on STAMPS_API_ALLOWED_BASE_URLS`,
      userMessage: "This merchant's Stamps API address is no longer allowed. An admin needs to change it in Settings.",
    });
  }
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
    allowedOrigins: env.STAMPS_API_ALLOWED_BASE_URLS,
    onCall: options.onCall,
    fetch: options.fetch,
  });
}
