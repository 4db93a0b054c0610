// Audit actions in plain words for staff-facing screens (the start page); the raw name stays in the audit log's Details.

const LABELS: Record<string, string> = {
  "auth.signIn": "Signed in",
  "members.register": "Registered a member",
  "members.update": "Edited a member's profile",
  "transactions.add": "Added a missed transaction",
  "transactions.addOrUpdate": "Recorded a transaction's items",
  "transactions.modify": "Took part of a transaction back",
  "transactions.cancel": "Canceled a transaction",
  "redemptions.authorize": "Checked a member's PIN",
  "redemptions.redeem-reward": "Redeemed a reward",
  "redemptions.redeem-voucher": "Redeemed a voucher",
  "redemptions.redeem-promo-code": "Redeemed a promo code",
  "redemptions.redeem-voucher-code": "Redeemed a voucher code",
  "redemptions.cancel": "Canceled a redemption",
  "vouchers.issue": "Issued a voucher",
  "campaigns.create": "Created a campaign",
  "campaigns.update": "Changed a campaign",
  "campaigns.map-columns": "Mapped a campaign's columns",
  "campaigns.paste-rows": "Pasted campaign rows",
  "campaigns.dry-run": "Started a campaign dry run",
  "campaigns.submit": "Sent a campaign for approval",
  "campaigns.approve": "Approved a campaign",
  "campaigns.start": "Started a campaign",
  "campaigns.pause": "Paused a campaign",
  "campaigns.resume": "Resumed a campaign",
  "campaigns.cancel": "Canceled a campaign",
  "campaigns.retry-failed": "Retried a campaign's failed rows",
  "campaigns.finish": "A campaign finished",
  "campaign-settings.update": "Changed campaign limits",
  "merchants.create": "Added a merchant",
  "merchants.update": "Changed a merchant",
  "staff.create": "Added a staff member",
  "staff.update": "Changed a staff member",
  "staff.resetSecondFactor": "Reset a second factor",
  "voucher-templates.save": "Saved a voucher template",
  "voucher-templates.remove": "Removed a voucher template",
};

export function actionLabel(action: string) {
  return LABELS[action] ?? action.replace(/[.-]/g, " ");
}

/** Where an audit target leads in the console, with its name in words; null when it has no page. */
export function targetLink(target: string | null): { href: string; label: string } | null {
  const [kind, id] = (target ?? "").split(":");
  if (!id) return null;
  if (kind === "member") return { href: `/members/${id}`, label: `Member ${id}` };
  if (kind === "transaction") return { href: `/transactions/${id}`, label: `Transaction #${id}` };
  if (kind === "campaign") return { href: `/campaigns/${id}`, label: `Campaign ${id}` };
  return null;
}
