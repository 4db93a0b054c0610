import type { Database } from "better-sqlite3";
import { profileStore } from "./profile-store";

/** The documents show an Indonesian number in its local form ("+62215600010" → "0215600010"). */
export function localPhone(e164: string | null): string | null {
  return e164?.startsWith("+62") ? `0${e164.slice(3)}` : e164;
}

/**
 * `customer` of register and change, in the documents' forms: gender as "Male"/"Female", the
 * phone as dialled locally, `member_id` the card the request named (else the member's first).
 */
export function profileJson(sqlite: Database, userId: number, membershipId: number, memberId: string | undefined) {
  const s = profileStore(sqlite);
  const user = s.user.get(userId);
  if (!user) throw new Error(`User ${userId} vanished while it was being written`);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    identifier: user.email ?? user.phone,
    member_id: memberId ?? s.cards.all(membershipId)[0] ?? null,
    phone: localPhone(user.phone),
    birthday: user.birthday,
    gender: user.gender === 1 ? "Male" : user.gender === 2 ? "Female" : null,
    address: user.address,
  };
}
