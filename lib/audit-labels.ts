// What the audit log says about an event in plain words; the raw action key and error code stay for "Details".

import type { TAuditFilters } from "@/lib/schemas/audit";

/** The action of an event written when a signed-in staff member was refused by the role or merchant checks. */
export const REFUSED_ACTION = "access.refused";

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  [REFUSED_ACTION]: "Tried something their role or merchants do not allow",
  "auth.signIn": "Signed in",
  "audit.export": "Downloaded the audit log",
  "members.register": "Registered a member",
  "members.update": "Edited a member",
  "members.open": "Opened a member's page",
  "transactions.add": "Added a transaction",
  "transactions.addOrUpdate": "Completed a transaction's items",
  "transactions.modify": "Changed a transaction",
  "transactions.cancel": "Cancelled a transaction",
  "redemptions.authorize": "Asked the member for their PIN",
  "redemptions.redeem-reward": "Redeemed a reward",
  "redemptions.redeem-voucher": "Redeemed a voucher",
  "redemptions.redeem-voucher-code": "Redeemed a voucher code",
  "redemptions.redeem-promo-code": "Redeemed a promo code",
  "redemptions.cancel": "Cancelled a redemption",
  "vouchers.issue": "Issued a voucher",
  "voucher-templates.save": "Saved a voucher template",
  "voucher-templates.remove": "Removed a voucher template",
  "campaign-settings.update": "Changed the campaign limits",
  "campaigns.create": "Created a campaign",
  "campaigns.update": "Edited a campaign",
  "campaigns.uploadFile": "Uploaded a campaign file",
  "campaigns.appendFile": "Added rows to a campaign from a file",
  "campaigns.paste-rows": "Pasted campaign rows",
  "campaigns.map-columns": "Chose a campaign's columns",
  "campaigns.dry-run": "Checked a campaign against Stamps",
  "campaigns.submit": "Sent a campaign for approval",
  "campaigns.approve": "Approved a campaign",
  "campaigns.start": "Started a campaign",
  "campaigns.pause": "Paused a campaign",
  "campaigns.resume": "Resumed a campaign",
  "campaigns.retry-failed": "Retried a campaign's failed rows",
  "campaigns.cancel": "Cancelled a campaign",
  "campaigns.finish": "Finished a campaign",
  "merchants.create": "Added a merchant",
  "merchants.update": "Changed a merchant's settings",
  "merchants.remove": "Removed a merchant",
  "staff.create": "Added a staff member",
  "staff.update": "Changed a staff member",
  "staff.setDisabled": "Disabled or re-enabled a staff member",
  "staff.resetPassword": "Reset a staff member's password",
  "staff.resetSecondFactor": "Reset a staff member's second factor",
};

/** "members.register" → "Registered a member"; an action without a label is shown as "Members: register". */
export function auditActionLabel(action: string) {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const [area = action, verb = ""] = action.split(".");
  const words = (text: string) =>
    text
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/[-_]/g, " ")
      .toLowerCase();
  const title = words(area);
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}${verb ? `: ${words(verb)}` : ""}`;
}

/** Each audit filter's name as the screen shows it, for its label and for a sentence about it. */
export const AUDIT_FILTER_LABELS: Record<keyof TAuditFilters, string> = {
  staff: "Staff email",
  merchantId: "Merchant",
  memberId: "Member ID",
  action: "Action",
  target: "Target",
  outcome: "Outcome",
  from: "From",
  to: "To",
};

/** The outcome filter's choices, and how each is stored. */
export const AUDIT_OUTCOME_FILTERS = [
  { value: "ok", label: "Done" },
  { value: "refused", label: "Refused or failed" },
  { value: "pending", label: "No outcome recorded" },
] as const;
export type TAuditOutcomeFilter = (typeof AUDIT_OUTCOME_FILTERS)[number]["value"];

const OUTCOME_LABELS: Record<string, string> = {
  OK: "Done",
  PENDING: "No outcome recorded",
  FORBIDDEN: "Refused: not allowed",
  UNAUTHORIZED: "Refused: not signed in",
  THROTTLED: "Refused: too many attempts",
  INVALID_CREDENTIALS: "Refused: wrong email or password",
  SECOND_FACTOR_FAILED: "Refused: wrong or missing second-factor code",
  BAD_REQUEST: "Refused: the input was not accepted",
  NOT_FOUND: "Refused: not found",
  CONFLICT: "Refused: it clashed with the current state",
  TOO_MANY_REQUESTS: "Refused: too many requests",
  UPSTREAM_ERROR: "Refused by Stamps",
  UPSTREAM_UNAVAILABLE: "Stamps could not be reached",
  BAD_GATEWAY: "Stamps could not be reached",
  SERVICE_UNAVAILABLE: "Stamps could not be reached",
  INTERNAL: "Failed on our side",
  INTERNAL_SERVER_ERROR: "Failed on our side",
  TOO_LARGE: "Refused: the file was too large",
  BAD_FILE: "Refused: the file could not be read",
};

/** Stamps' own error codes are lower case (pin_required, insufficient_stamps); ours are upper case. */
const STAMPS_CODE = /^[a-z][a-z0-9_]*$/;

export function auditOutcomeLabel(outcome: string) {
  return OUTCOME_LABELS[outcome] ?? (STAMPS_CODE.test(outcome) ? "Refused by Stamps" : "Refused");
}

export type TAuditOutcomeTone = "success" | "pending" | "refused";

export function auditOutcomeTone(outcome: string): TAuditOutcomeTone {
  if (outcome === "OK") return "success";
  if (outcome === "PENDING") return "pending";
  return "refused";
}
