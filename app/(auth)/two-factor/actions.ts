"use server";

import { getCurrentStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { confirmEnrolment } from "@/server/services/auth/second-factor";

export type EnrolState = { error: string | null; recoveryCodes: string[] | null };

export async function confirmEnrolmentAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const staff = await getCurrentStaff();
  if (!staff) return { error: "Your session has ended. Sign in again.", recoveryCodes: null };
  const code = formData.get("code");
  if (typeof code !== "string" || !/^\d{6}$/.test(code.trim())) {
    return { error: "Enter the 6-digit code your authenticator app shows.", recoveryCodes: null };
  }
  const recoveryCodes = await confirmEnrolment(db, staff.id, code);
  if (!recoveryCodes) {
    return {
      error: "That code does not match. Check the app's clock and try the code it shows now.",
      recoveryCodes: null,
    };
  }
  return { error: null, recoveryCodes };
}
