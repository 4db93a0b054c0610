"use client";

import { createContext, useContext } from "react";
import { canAccess, type TArea, type TRole } from "@/lib/permissions";

const RoleContext = createContext<TRole | null>(null);

export function StaffRoleProvider({ role, children }: { role: TRole; children: React.ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** Whether to offer an action in the UI; the procedure behind it checks again on the server. */
export function useCanAccess(area: TArea) {
  const role = useContext(RoleContext);
  return role ? canAccess(role, area) : false;
}

/** The signed-in staff member's role, for lists of what they may open (null outside the console). */
export function useStaffRole() {
  return useContext(RoleContext);
}
