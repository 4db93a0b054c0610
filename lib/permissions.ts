export const ROLES = ["ADMIN", "SUPPORT", "MARKETING"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  ADMIN: "Admin",
  SUPPORT: "Support agent",
  MARKETING: "Marketing",
};

/**
 * Which roles may use which part of the back office. The server enforces this in every procedure;
 * the console uses it only to hide what a role cannot open.
 */
export const AREA_ROLES = {
  members: ["ADMIN", "SUPPORT", "MARKETING"],
  memberEdit: ["ADMIN", "SUPPORT"],
  transactions: ["ADMIN", "SUPPORT"],
  redemptions: ["ADMIN", "SUPPORT"],
  vouchers: ["ADMIN", "SUPPORT", "MARKETING"],
  campaigns: ["ADMIN", "MARKETING"],
  audit: ["ADMIN"],
  settings: ["ADMIN"],
} as const satisfies Record<string, readonly TRole[]>;

export type TArea = keyof typeof AREA_ROLES;

export function canAccess(role: TRole, area: TArea) {
  return (AREA_ROLES[area] as readonly TRole[]).includes(role);
}
