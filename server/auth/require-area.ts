import "server-only";
import { forbidden, redirect } from "next/navigation";
import { canAccess, type TArea } from "@/lib/permissions";
import { getCurrentStaff, redirectToLogin } from "./current-staff";

/**
 * For pages: the staff member if their role may open this area; otherwise the page answers 403 with
 * app/(console)/forbidden.tsx. Sends the signed-out to the login page (saying why, when there is a reason).
 */
export async function requireArea(area: TArea) {
  const staff = await getCurrentStaff();
  if (!staff) return redirectToLogin();
  if (staff.mustChangePassword) redirect("/change-password");
  if (staff.mustEnrolSecondFactor) redirect("/two-factor");
  if (!canAccess(staff.role, area)) forbidden();
  return staff;
}
