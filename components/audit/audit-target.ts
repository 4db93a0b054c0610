// What an event's target ("member:123", "campaign:7") names, in words and as a link where the console has a page.

const KINDS: Record<string, { label: string; href?: (id: string) => string }> = {
  member: { label: "Member", href: (id) => `/members/${id}` },
  transaction: { label: "Transaction", href: (id) => `/transactions/${id}` },
  campaign: { label: "Campaign", href: (id) => `/campaigns/${id}` },
  merchant: { label: "Stamps merchant" },
  staff: { label: "Staff account" },
  "voucher-template": { label: "Voucher template" },
  "member-email": { label: "Member with email" },
  procedure: { label: "Screen or action" },
};

export function parseTarget(target: string | null) {
  if (!target) return null;
  const colon = target.indexOf(":");
  const kind = colon > 0 ? KINDS[target.slice(0, colon)] : undefined;
  if (!kind) return { label: target, href: undefined };
  const id = target.slice(colon + 1);
  return { label: `${kind.label} ${id}`, href: kind.href?.(id) };
}

export function describeTarget(target: string | null) {
  return parseTarget(target)?.label ?? "";
}
