import { AppError } from "@/server/errors";
import {
  StampsAddressError,
  StampsApiError,
  StampsError,
  StampsNetworkError,
  StampsResponseError,
  StampsTimeoutError,
} from "./errors";

/** Turns a failed Stamps call into a sentence a staff member can act on, keeping Stamps' field errors. */
export function stampsErrorToAppError(error: StampsError): AppError {
  const base = { message: error.message, cause: error };

  if (error instanceof StampsApiError) {
    const fields = { fieldErrors: error.fieldErrors, upstreamCode: error.errorCode };
    if (error.status === 401) {
      return new AppError("UPSTREAM_ERROR", {
        ...base,
        ...fields,
        userMessage: `Stamps did not accept this merchant's API token (${error.detail}). An admin can update it in Settings.`,
      });
    }
    if (error.status === 403) {
      return new AppError("UPSTREAM_ERROR", {
        ...base,
        ...fields,
        userMessage: `Stamps refused this request: ${error.detail} Check the merchant ID and token in Settings.`,
      });
    }
    if (error.status === 404) return new AppError("NOT_FOUND", { ...base, ...fields, userMessage: error.detail });
    if (error.status === 429) {
      return new AppError("TOO_MANY_REQUESTS", {
        ...base,
        ...fields,
        userMessage: "Stamps is busy. Try again in a minute.",
      });
    }
    if (error.status >= 500) {
      return new AppError("UPSTREAM_UNAVAILABLE", {
        ...base,
        ...fields,
        userMessage: `Stamps had a server error (${error.status}). Try again in a minute.`,
      });
    }
    return new AppError("BAD_REQUEST", { ...base, ...fields, userMessage: error.detail });
  }

  if (error instanceof StampsTimeoutError) {
    return new AppError("UPSTREAM_UNAVAILABLE", {
      ...base,
      userMessage: `Stamps did not answer within ${Math.round(error.timeoutMs / 1000)} seconds. If you were changing something, check whether it went through before trying again.`,
    });
  }
  if (error instanceof StampsAddressError) {
    return new AppError("UPSTREAM_UNAVAILABLE", {
      ...base,
      userMessage: "This merchant's Stamps API address cannot be used. An admin can check it in Settings.",
    });
  }
  if (error instanceof StampsNetworkError) {
    return new AppError("UPSTREAM_UNAVAILABLE", { ...base, userMessage: `${error.message}. Try again in a minute.` });
  }
  if (error instanceof StampsResponseError) {
    return new AppError("UPSTREAM_ERROR", {
      ...base,
      userMessage: "Stamps answered in a form the back office does not understand. The technical team has been told.",
    });
  }
  return new AppError("UPSTREAM_ERROR", { ...base, userMessage: "The call to Stamps failed." });
}

/** The AppError behind any thrown value, if it is one we know how to describe. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof StampsError) return stampsErrorToAppError(error);
  return null;
}
