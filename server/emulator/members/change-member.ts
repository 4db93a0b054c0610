import type { Database } from "better-sqlite3";
import { validationFailed } from "../http/errors";
import type { FieldError } from "../http/errors";
import { sqliteTimestamp } from "../loyalty/business-date";
import type { TChangeMemberInput } from "./member-profile.schema";
import { profileJson } from "./profile-json";
import { addCard, profileStore, rewriteSearchTerms } from "./profile-store";

/**
 * POST /api/memberships/change: updates the profile of user `id`, a member of `merchant`. Email,
 * phone, card and address are changed only when sent; a card is added to the member's cards.
 * Run inside an immediate transaction.
 */
export function changeMember(sqlite: Database, input: TChangeMemberInput) {
  const s = profileStore(sqlite);
  const membershipId = s.membershipOf.get(input.merchant, input.id);
  if (membershipId === undefined) throw validationFailed([{ id: `Invalid pk "${input.id}" - object does not exist.` }]);

  const errors: FieldError[] = [];
  const byEmail = input.email === undefined ? undefined : s.userIdByEmail.get(input.email);
  if (byEmail !== undefined && byEmail !== input.id) errors.push({ email: "This email is already registered." });
  const byPhone = input.phone === undefined ? undefined : s.userIdByPhone.get(input.phone);
  if (byPhone !== undefined && byPhone !== input.id) errors.push({ phone: "This phone number is already registered." });
  const card = input.member_id === undefined ? undefined : s.cardOwner.get(input.merchant, input.member_id);
  if (card && card.membershipId !== membershipId) errors.push({ member_id: "This card belongs to another member." });
  if (errors.length > 0) throw validationFailed(errors);

  const now = sqliteTimestamp(new Date());
  s.updateUser.run({
    ...input,
    email: input.email ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    now,
    register: 0,
  });
  if (input.member_id !== undefined) addCard(sqlite, input.merchant, membershipId, input.member_id, now);
  rewriteSearchTerms(sqlite, input.id);

  return { customer: profileJson(sqlite, input.id, membershipId, input.member_id) };
}
