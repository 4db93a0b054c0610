import "server-only";
import { AppError } from "@/server/errors";

/**
 * A JSON answer with one plain-words sentence, as the console shows it; `details` holds the technical part (a field
 * key, a parser's message) for a "Details" disclosure, never for the sentence itself.
 */
export const messageResponse = (status: number, message: string, details?: string) =>
  Response.json(details === undefined ? { message } : { message, details }, { status });

const STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
};

/** An AppError as its status and user message; anything else is rethrown (logged and shown as a generic error). */
export function errorResponse(error: unknown) {
  if (error instanceof AppError) return messageResponse(STATUS_BY_CODE[error.code] ?? 500, error.userMessage);
  throw error;
}
