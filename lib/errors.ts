import { TRPCClientError } from "@trpc/client";

type ErrorData = {
  code?: string;
  httpStatus?: number;
  zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
  appError?: { fieldErrors?: Record<string, string> } | null;
};

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

/** Field name → message, from our own validation or from Stamps' field errors. */
export function getFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as ErrorData | undefined;
  const fields: Record<string, string> = { ...(data?.appError?.fieldErrors ?? {}) };
  for (const [field, messages] of Object.entries(data?.zodError?.fieldErrors ?? {})) {
    if (messages?.[0]) fields[field] = messages[0];
  }
  return fields;
}

/** The tRPC error code ("NOT_FOUND", "FORBIDDEN", …) of a failed call, if it came from our server. */
export function getErrorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined)?.code : undefined;
}

export function getHttpStatus(error: unknown): number | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined)?.httpStatus : undefined;
}
