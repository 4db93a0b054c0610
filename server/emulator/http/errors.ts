import type { ContentfulStatusCode } from "hono/utils/http-status";

// Error bodies as Stamps (Django REST framework) words them; clients match on these strings.

export const VALIDATION_DETAIL = "Your transaction cannot be completed due to the following error(s)";
export const SERVER_ERROR_DETAIL = "A server error occurred.";

/** One object per field, as in `"errors": [{"user": "This field is required"}]`. */
export type FieldError = Record<string, string>;

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === "string" ? body.detail : `HTTP ${status}`);
    this.name = "ApiError";
  }
}

export const notAuthenticated = () => new ApiError(403, { detail: "Authentication credentials were not provided." });

export const authenticationFailed = (detail = "Invalid token.") =>
  new ApiError(401, { detail }, { "WWW-Authenticate": "Token" });

export const permissionDenied = () =>
  new ApiError(403, { detail: "You do not have permission to perform this action." });

export const notFound = (detail = "Not found.") => new ApiError(404, { detail });

/** The resource adds the Allow header (see http/resource.ts). */
export const methodNotAllowed = (method: string) => new ApiError(405, { detail: `Method "${method}" not allowed.` });

export const validationFailed = (errors: FieldError[]) => new ApiError(400, { detail: VALIDATION_DETAIL, errors });

export const jsonParseError = (reason: string) => new ApiError(400, { detail: `JSON parse error - ${reason}` });

export const unsupportedMediaType = (contentType: string) =>
  new ApiError(415, { detail: `Unsupported media type "${contentType}" in request.` });

/**
 * A rule the request broke (not a malformed field), in the coded shape the redemption and voucher
 * docs show: `{"detail": "pin: Invalid PIN, 2 attempt(s) left", "errors": {"pin": "…"},
 * "error_code": "invalid_pin", "error_message": "pin: …"}`.
 */
export const ruleViolation = (field: string, message: string, errorCode: string, status: ContentfulStatusCode = 400) =>
  new ApiError(status, {
    detail: `${field}: ${message}`,
    errors: { [field]: message },
    error_code: errorCode,
    error_message: `${field}: ${message}`,
  });

/** One field error in the list shape of `validationFailed`, for lookups that fail after parsing. */
export const fieldInvalid = (field: string, message: string) => validationFailed([{ [field]: message }]);
