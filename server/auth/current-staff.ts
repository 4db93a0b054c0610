import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/server/db";
import { auth } from "./index";

function loadStaff(id: string) {
  return db.staff.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      sessionVersion: true,
      isOwner: true,
      mustChangePassword: true,
      totpEnabledAt: true,
      merchants: {
        select: { merchant: { select: { id: true, name: true, stampsMerchantId: true, timeZone: true } } },
        // The order they were assigned in: the first is the default until the staff member switches.
        orderBy: [{ createdAt: "asc" }, { merchant: { stampsMerchantId: "asc" } }],
      },
    },
  });
}

/**
 * The signed-in staff member as the database has them now: a disabled account or a changed role
 * takes effect on the next request, whatever the session cookie says. A session begun before the
 * staff row's session version last moved (sign-out, password or role change, disabling) is over.
 */
export const getCurrentStaff = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const staff = await loadStaff(id);
  if (!staff || staff.disabled || staff.sessionVersion !== session.sessionVersion) return null;
  const { sessionVersion: _version, totpEnabledAt, isOwner, ...current } = staff;
  const assigned = staff.merchants.map(({ merchant }) => merchant);
  // An owner works for every merchant: the ones they were given first, then the rest by name.
  const owner = isOwner && staff.role === "ADMIN";
  const others = owner
    ? await db.merchant.findMany({
        where: { id: { notIn: assigned.map((merchant) => merchant.id) } },
        select: { id: true, name: true, stampsMerchantId: true, timeZone: true },
        orderBy: { name: "asc" },
      })
    : [];
  return {
    ...current,
    isOwner: owner,
    merchants: [...assigned, ...others],
    hasSecondFactor: totpEnabledAt !== null,
    /** An admin must enrol a second factor before the console (and every procedure) opens to them. */
    mustEnrolSecondFactor: staff.role === "ADMIN" && totpEnabledAt === null,
  };
});

/**
 * The staff member the console and the API serve: signed in, enrolled where their role requires it, and past the
 * change of a one-time password an admin gave them.
 */
export const getConsoleStaff = cache(async () => {
  const staff = await getCurrentStaff();
  return staff && !staff.mustEnrolSecondFactor && !staff.mustChangePassword ? staff : null;
});

export type CurrentStaff = NonNullable<Awaited<ReturnType<typeof getCurrentStaff>>>;

/** Why a session no longer opens the console, for the login page to say (`/login?reason=`). */
export type SignedOutReason = "disabled" | "ended";

/**
 * Sends someone the console will not serve to the login page, saying why when it is their account: disabled by
 * an admin, or a session that ended (signed out elsewhere, password or role changed).
 */
export async function redirectToLogin(): Promise<never> {
  const session = await auth();
  const id = session?.user?.id;
  let reason: SignedOutReason | null = null;
  if (id) {
    const staff = await db.staff.findUnique({ where: { id }, select: { disabled: true } });
    reason = staff?.disabled ? "disabled" : "ended";
  }
  redirect(reason ? `/login?reason=${reason}` : "/login");
}
