"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/server/auth";
import { MERCHANT_COOKIE } from "@/server/auth/current-merchant";
import { getCurrentStaff } from "@/server/auth/current-staff";

export async function switchMerchantAction(merchantId: string) {
  const staff = await getCurrentStaff();
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

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
