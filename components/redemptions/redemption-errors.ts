import { TRPCClientError } from "@trpc/client";
import { getErrorMessage, getFieldErrors } from "@/lib/errors";

/** Stamps' refusal as a form shows it: the sentence above the form, field errors on the fields. */
export type Refusal = { message: string; code: string | null; fieldErrors: Record<string, string>; at: number };

/** Stamps' error_code as the server normalised it (e.g. "pin_required", "invalid_pin"). */
export function upstreamCodeOf(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { appError?: { upstreamCode?: string | null } | null } | undefined;
  return data?.appError?.upstreamCode ?? null;
}

export function toRefusal(error: unknown): Refusal {
  return {
    message: getErrorMessage(error),
    code: upstreamCodeOf(error),
    fieldErrors: getFieldErrors(error),
    at: Date.now(),
  };
}
