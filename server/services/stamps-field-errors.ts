import { AppError } from "@/server/errors";
import { toAppError } from "@/server/stamps/to-app-error";

/**
 * Runs a Stamps call and renames Stamps' field errors (member_id, voucher_template…) after the form
 * fields that show them, so getFieldErrors → form.setError puts each message on its field.
 */
export async function withFormFieldErrors<T>(fieldNames: Record<string, string>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const appError = toAppError(error);
    if (!appError || Object.keys(appError.fieldErrors).length === 0) throw error;
    const fieldErrors = Object.fromEntries(
      Object.entries(appError.fieldErrors).map(([field, message]) => [fieldNames[field] ?? field, message]),
    );
    throw new AppError(appError.code, {
      message: appError.message,
      userMessage: appError.userMessage,
      fieldErrors,
      upstreamCode: appError.upstreamCode,
      cause: error,
    });
  }
}
