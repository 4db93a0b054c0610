"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { ZChangeOwnPasswordInput } from "@/lib/schemas/staff";
import { signIn } from "@/server/auth";
import { getCurrentStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { claimAttempt, clearAttempts, LOGIN_THROTTLE } from "@/server/services/auth/login-throttle";
import { verifyPassword } from "@/server/services/auth/password";
import { changeOwnPassword } from "@/server/services/staff/save-staff";

export type ChangePasswordState = { error: string | null };

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Replaces the one-time password. The change ends every session (one signed in with the one-time password by
 * someone else too), then signs this browser in again with the new password; with a second factor to enter, the
 * staff member does that on the sign-in page.
 */
export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  const parsed = ZChangeOwnPasswordInput.safeParse({
    password: field(formData, "password"),
    confirm: field(formData, "confirm"),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form" };
  const { passwordHash } = await db.staff.findUniqueOrThrow({
    where: { id: staff.id },
    select: { passwordHash: true },
  });
  // A chosen change needs the current password, so a session left open (or stolen) cannot take the account over;
  // wrong guesses count against the account as wrong sign-ins do.
  if (!staff.mustChangePassword) {
    const key = `email:${staff.email}`;
    const claim = await claimAttempt(db, key, LOGIN_THROTTLE.email, Date.now());
    if (!claim.ok) {
      return { error: `Too many wrong passwords. Try again in ${Math.ceil(claim.retryAfterMs / 1000)} seconds.` };
    }
    if (!(await verifyPassword(passwordHash, field(formData, "current")))) {
      return { error: "Your current password is not right. Nothing was changed." };
    }
    await clearAttempts(db, key);
  }
  if (await verifyPassword(passwordHash, parsed.data.password)) {
    return {
      error: staff.mustChangePassword
        ? "Choose a new password, not the one-time password you were given."
        : "Choose a new password, not the one you have now.",
    };
  }
  await changeOwnPassword(db, staff.id, parsed.data.password);
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn("credentials", { email: staff.email, password: parsed.data.password, redirectTo: "/members" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
  }
  redirect("/login?changed=1");
}
