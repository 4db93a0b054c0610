import "server-only";
import { cookies } from "next/headers";
import type { CurrentStaff } from "./current-staff";

export const MERCHANT_COOKIE = "sbo-merchant";

/** The merchant chosen in the switcher, if this staff member still works for it; else their first. */
export async function getCurrentMerchant(staff: CurrentStaff) {
  const chosen = (await cookies()).get(MERCHANT_COOKIE)?.value;
  return staff.merchants.find((merchant) => merchant.id === chosen) ?? staff.merchants[0] ?? null;
}
