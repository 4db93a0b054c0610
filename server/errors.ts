export const APP_ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "UPSTREAM_ERROR",
  "UPSTREAM_UNAVAILABLE",
  "INTERNAL",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type AppErrorOptions = {
  /** For logs and developers; may hold detail a user need not see. */
  message?: string;
  /** A sentence a staff member can act on. */
  userMessage: string;
  /** Field name → message, for errors that belong to a form field. */
  fieldErrors?: Record<string, string>;
  /** A machine code from upstream (Stamps' error_code), when there is one. */
  upstreamCode?: string;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: Record<string, string>;
  readonly upstreamCode: string | undefined;

  constructor(code: AppErrorCode, options: AppErrorOptions) {
    super(options.message ?? options.userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors ?? {};
    this.upstreamCode = options.upstreamCode;
  }
}
