import { AppError } from "@/server/errors";

/** A merchant-level action by id: only for a staff member who works for that merchant (an owner works for all). */
export function assertWorksFor(actor: { merchants: readonly { id: string }[] }, merchantId: string) {
  if (!actor.merchants.some((merchant) => merchant.id === merchantId)) {
    throw new AppError("FORBIDDEN", { userMessage: "You do not work for this merchant." });
  }
}
