import { z } from "zod";

const ZMessage = z.union([z.string(), z.array(z.string()).transform((items) => items.join(" "))]);
const ZFieldMap = z.record(z.string(), ZMessage);

/** Stamps writes field errors either as {"field": "msg"} or as [{"field": "msg"}, ...]. */
const ZErrorBody = z.looseObject({
  detail: z.string().optional(),
  error_code: z.string().optional(),
  error_message: z.string().optional(),
  errors: z.union([ZFieldMap, z.array(ZFieldMap)]).optional(),
});

export type StampsErrorBody = {
  detail: string;
  errorCode: string | undefined;
  fieldErrors: Record<string, string>;
};

const STATUS_TEXT: Record<number, string> = {
  400: "Stamps rejected the request",
  401: "Stamps did not accept the API token",
  403: "Stamps refused access",
  404: "Stamps could not find it",
  405: "Stamps does not allow this method here",
  429: "Stamps is rate limiting requests",
};

export function parseStampsErrorBody(text: string, status: number): StampsErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = ZErrorBody.safeParse(json);
  const fallback = STATUS_TEXT[status] ?? (status >= 500 ? "Stamps had a server error" : `Stamps answered ${status}`);
  if (!parsed.success) return { detail: fallback, errorCode: undefined, fieldErrors: {} };

  const { detail, error_code, error_message, errors } = parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const map of Array.isArray(errors) ? errors : errors ? [errors] : []) {
    for (const [field, message] of Object.entries(map)) {
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${message}` : message;
    }
  }
  const firstFieldError = Object.values(fieldErrors)[0];
  return {
    detail: detail ?? error_message ?? firstFieldError ?? fallback,
    errorCode: error_code,
    fieldErrors,
  };
}
