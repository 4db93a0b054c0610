import type { TConnectionCheck } from "@/lib/schemas/merchants";
import { AppError } from "@/server/errors";
import type { Merchant } from "@/server/generated/prisma/client";
import {
  StampsAddressError,
  StampsApiError,
  StampsNetworkError,
  StampsResponseError,
  StampsTimeoutError,
} from "@/server/stamps";
import { getStampsClient } from "./get-stamps-client";

/**
 * Calls the cheapest read the documents offer (the rewards list, without a member) with the stored token, and says
 * in plain words whether it worked. Details name the kind of failure and the status, never a body or the token.
 */
export async function testConnection(
  merchant: Pick<Merchant, "id" | "apiBaseUrl" | "tokenType" | "tokenCiphertext" | "tokenKeyVersion">,
): Promise<TConnectionCheck> {
  const host = new URL(merchant.apiBaseUrl).host;
  try {
    const { rewards } = await getStampsClient(merchant).rewards.list();
    return {
      ok: true,
      message: `Connected: Stamps at ${host} accepted the token (${rewards.length} reward(s) in the catalogue).`,
      detail: null,
    };
  } catch (error) {
    return { ok: false, ...describeFailure(error, host) };
  }
}

function describeFailure(error: unknown, host: string): Omit<TConnectionCheck, "ok"> {
  if (error instanceof StampsApiError) {
    const detail = `HTTP ${error.status}${error.errorCode ? ` · ${error.errorCode}` : ""}`;
    if (error.status === 401 || error.status === 403) {
      return { message: "Stamps refused the token. Check the token type and replace the token.", detail };
    }
    return { message: `Stamps at ${host} answered with an error, so the connection is not usable now.`, detail };
  }
  if (error instanceof StampsTimeoutError) {
    return { message: `Could not reach ${host}: it did not answer in time.`, detail: "Timeout" };
  }
  if (error instanceof StampsAddressError) {
    return {
      message:
        error.reason === "internal"
          ? `Could not reach ${host}: it is an internal address, which is not allowed.`
          : `Could not reach ${host}: the name does not resolve.`,
      detail: error.name,
    };
  }
  if (error instanceof StampsNetworkError) {
    return { message: `Could not reach ${host}. Check the API address.`, detail: error.name };
  }
  if (error instanceof StampsResponseError) {
    return { message: `${host} answered, but not like the Stamps API. Check the API address.`, detail: error.name };
  }
  if (error instanceof AppError) return { message: error.userMessage, detail: error.code };
  throw error;
}
