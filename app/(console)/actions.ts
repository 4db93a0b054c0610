"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/server/auth";
import { MERCHANT_COOKIE } from "@/server/auth/current-merchant";
import { getConsoleStaff, getCurrentStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { endAllSessions } from "@/server/services/auth/sessions";

export async function switchMerchantAction(merchantId: string) {
  const staff = await getConsoleStaff();
  if (!staff?.merchants.some((merchant) => merchant.id === merchantId)) {
    return { error: "You do not work for this merchant." };
  }
  (await cookies()).set(MERCHANT_COOKIE, merchantId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  revalidatePath("/", "layout");
  return { error: null };
}

/** Ends every session of this staff member, not only this browser's: a copied cookie is refused from now on. */
export async function signOutAction() {
  const staff = await getCurrentStaff();
  if (staff) await endAllSessions(db, staff.id);
  await signOut({ redirectTo: "/login" });
}
