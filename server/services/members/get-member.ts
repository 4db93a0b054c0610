import type { StampsClient, TStampsMember } from "@/server/stamps";

export type MemberCard = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: "male" | "female" | null;
  address: string | null;
  level: string | null;
  stamps: number;
  balance: number;
  memberIds: string[];
  isActive: boolean;
};

export function toMemberCard(member: TStampsMember): MemberCard {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    phone: member.phone,
    birthday: member.birthday,
    gender: member.gender,
    address: member.address,
    level: member.membership_status,
    stamps: member.stamps,
    balance: member.balance,
    memberIds: member.member_ids,
    isActive: member.is_active,
  };
}

/** One member of this merchant, by email, phone, card number or Stamps member ID. */
export async function getMember(stamps: StampsClient, merchant: number, user: string): Promise<MemberCard> {
  return toMemberCard(await stamps.memberships.status({ user, merchant }));
}
