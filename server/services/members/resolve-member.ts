import type { StampsClient, TStampsMember } from "@/server/stamps";

/** A member as Stamps holds them now, with the one string every member-scoped endpoint names them by. */
export type ResolvedMember = {
  id: number;
  name: string;
  email: string | null;
  /** What to send as `user` (or `customer`) to the voucher, reward and redemption endpoints. */
  identifier: string;
  stamps: number;
};

/**
 * The voucher, reward and redemption endpoints take "the customer's email or Member ID" (Stamps'
 * documents); only memberships/status also takes a phone number. So: the email, else the first card
 * number, else the Stamps id, which every member has. A phone is never sent, because those endpoints
 * are not documented to accept one.
 */
export function memberIdentifier(member: Pick<TStampsMember, "id" | "email" | "member_ids">): string {
  return member.email ?? member.member_ids[0] ?? String(member.id);
}

export function toResolvedMember(member: TStampsMember): ResolvedMember {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    identifier: memberIdentifier(member),
    stamps: member.stamps,
  };
}

/**
 * The member behind a Stamps member id, read from Stamps on the server: the browser sends only the id,
 * so the audit row (which records that id) and the Stamps call always name the same member.
 */
export async function resolveMember(stamps: StampsClient, merchant: number, memberId: number) {
  return toResolvedMember(await stamps.memberships.status({ user: String(memberId), merchant }));
}
