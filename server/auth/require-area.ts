import "server-only";
import { redirect } from "next/navigation";
import { canAccess, type TArea } from "@/lib/permissions";
import { getCurrentStaff } from "./current-staff";

/** For pages: the staff member if their role may open this area, null if not; signs out the rest. */
export async function requireArea(area: TArea) {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  if (staff.mustChangePassword) redirect("/change-password");
  if (staff.mustEnrolSecondFactor) redirect("/two-factor");
  return canAccess(staff.role, area) ? staff : null;
}
