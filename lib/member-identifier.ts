/**
 * How to name a member to Stamps' voucher and reward endpoints, which take "email or member ID":
 * the email, else a card number, else the phone, else the Stamps id.
 */
export function memberIdentifier(member: {
  id: number;
  email: string | null;
  memberIds: string[];
  phone: string | null;
}) {
  return member.email ?? member.memberIds[0] ?? member.phone ?? String(member.id);
}
