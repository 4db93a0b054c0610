import { AppError } from "@/server/errors";
import { StampsApiError } from "./errors";
import { toAppError } from "./to-app-error";

/** How one form reads Stamps' refusals: every special wording is data here, the rules are toFormError's. */
export type FormErrorOptions = {
  /**
   * Stamps' request field → the form field that shows its message. Several Stamps fields may share one
   * form field (their messages are joined). A Stamps field not listed keeps Stamps' name, so the browser
   * still shows its message, apart from the fields.
   */
  fields?: Record<string, string>;
  /** Messages Stamps puts on another field than the one they are about → the form field they belong to. */
  byMessage?: readonly (readonly [RegExp, string])[];
  /** What to say for a 404, naming what was asked for. */
  notFound?: string;
  /** Stamps' error_code → the sentence to say instead; `{m}` stands for Stamps' own first message. */
  explanations?: Record<string, string>;
  /** Answers that need more than a sentence (a new code, a field of their own); null for the general rules. */
  special?: (appError: AppError, cause: unknown) => AppError | null;
};

/** Stamps' validation headline, which says nothing of its own: the field messages say it better. */
const GENERIC_HEADLINE = /following error|cannot be completed|invalid request/i;

const bare = (text: string) => text.trim().replace(/[.!]+$/, "");

/**
 * Turns a failed Stamps call into the AppError a form shows: field errors under the form's field names,
 * and a sentence for the rest: an explanation by Stamps' error_code, else Stamps' field messages in place
 * of a headline without a code or with only the generic validation words. Anything that is not a Stamps or app error is returned as it is.
 */
export function toFormError(error: unknown, options: FormErrorOptions = {}): unknown {
  const appError = toAppError(error);
  if (!appError) return error;
  const special = options.special?.(appError, error);
  if (special) return special;
  const base = { message: appError.message, cause: error, upstreamCode: appError.upstreamCode };
  if (appError.code === "NOT_FOUND" && options.notFound) {
    return new AppError("NOT_FOUND", { ...base, userMessage: options.notFound });
  }

  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(appError.fieldErrors)) {
    const name = options.byMessage?.find(([pattern]) => pattern.test(message))?.[1] ?? options.fields?.[field] ?? field;
    fieldErrors[name] = fieldErrors[name] ? `${fieldErrors[name]} ${message}` : message;
  }
  const messages = Object.values(appError.fieldErrors);
  const code = appError.upstreamCode;
  const explanation = code === undefined ? undefined : options.explanations?.[code];
  const userMessage = explanation
    ? explanation.replace("{m}", `“${bare(messages[0] ?? appError.userMessage)}”`)
    : messages.length > 0 && (code === undefined || GENERIC_HEADLINE.test(appError.userMessage))
      ? `Stamps refused this: ${messages.map(bare).join("; ")}.`
      : appError.userMessage;
  return new AppError(appError.code, { ...base, userMessage, fieldErrors });
}

/** Runs a Stamps call; its failure is thrown as toFormError describes it. */
export async function withFormErrors<T>(options: FormErrorOptions, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toFormError(error, options);
  }
}

/** Stamps refuses to cancel or modify when the member has spent the stamps the transaction earned. */
export function isInsufficientStamps(error: unknown): boolean {
  if (!(error instanceof StampsApiError) || error.status !== 400) return false;
  return [error.detail, ...Object.values(error.fieldErrors)].some((text) => /insufficient stamps/i.test(text));
}

/** A Stamps 404, e.g. an unknown member or transaction. */
export function isStampsNotFound(error: unknown): boolean {
  return error instanceof StampsApiError && error.status === 404;
}
