import type { MemberView } from "./membership-store";

/** GET /api/memberships/status body. `identifier` is what the member signs in with: email, else phone. */
export function memberStatusJson(member: MemberView) {
  return {
    id: member.userId,
    name: member.name,
    email: member.email,
    identifier: member.email ?? member.phone,
    birthday: member.birthday,
    stamps: member.stamps,
    balance: member.balance,
    membership_status: member.levelName,
    is_active: member.isActive,
    member_ids: member.memberIds,
    gender: member.gender,
    phone: member.phone,
    address: member.address,
  };
}

/** One entry of GET /api/memberships/suggestions. */
export function memberSuggestionJson(member: MemberView) {
  return {
    id: member.userId,
    name: member.name,
    email: member.email,
    phone: member.phone,
    address: member.address,
    gender: member.gender,
    membership: member.levelName,
    stamps: member.stamps,
    balance: member.balance,
    member_ids: member.memberIds,
  };
}
