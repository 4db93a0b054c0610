import type { StampsClient } from "@/server/stamps";

export type MemberSuggestion = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  level: string | null;
  stamps: number;
  memberIds: string[];
};

export async function suggestMembers(
  stamps: StampsClient,
  merchant: number,
  query: string,
): Promise<MemberSuggestion[]> {
  const { suggestions } = await stamps.memberships.suggestions({ query, merchant });
  return suggestions.map((member) => ({
    id: member.id,
    name: member.name,
    email: member.email,
    phone: member.phone,
    level: member.membership,
    stamps: member.stamps,
    memberIds: member.member_ids,
  }));
}
