import { TRPCClientError } from "@trpc/client";

type ErrorData = {
  code?: string;
  httpStatus?: number;
  zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
  appError?: { fieldErrors?: Record<string, string>; upstreamCode?: string | null } | null;
};

const dataOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;

/** One sentence for any error a query or mutation can end with. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (error.message === "Failed to fetch" || error.message.includes("fetch failed")) {
      return "The back office cannot be reached. Check your connection and try again.";
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return "Something went wrong. Try again.";
}

/** Field name → message, from our own validation (zodError) or from Stamps' field errors (appError). */
function getFieldErrors(error: unknown): Record<string, string> {
  const data = dataOf(error);
  const fields: Record<string, string> = { ...(data?.appError?.fieldErrors ?? {}) };
  for (const [field, messages] of Object.entries(data?.zodError?.fieldErrors ?? {})) {
    if (messages?.[0]) fields[field] = messages[0];
  }
  return fields;
}

/** The tRPC error code ("NOT_FOUND", "FORBIDDEN", …) of a failed call, if it came from our server. */
export function getErrorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

export function getHttpStatus(error: unknown): number | undefined {
  return dataOf(error)?.httpStatus;
}

/** Stamps' error_code as the server normalised it (e.g. "pin_required", "invalid_pin"). */
export function getUpstreamCode(error: unknown): string | null {
  return dataOf(error)?.appError?.upstreamCode ?? null;
}

/** A failed call read once: the sentence, Stamps' code and the field errors, as a form shows them. */
export type TParsedError = {
  message: string;
  upstreamCode: string | null;
  fieldErrors: Record<string, string>;
};

export function parseError(error: unknown): TParsedError {
  return { message: getErrorMessage(error), upstreamCode: getUpstreamCode(error), fieldErrors: getFieldErrors(error) };
}
