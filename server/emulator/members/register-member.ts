import type { Database } from "better-sqlite3";
import { validationFailed } from "../http/errors";
import type { FieldError } from "../http/errors";
import { businessDate, sqliteTimestamp } from "../loyalty/business-date";
import type { TRegisterMemberInput } from "./member-profile.schema";
import { profileJson } from "./profile-json";
import { addCard, profileStore, rewriteSearchTerms } from "./profile-store";
import { referralCode } from "./referral-code";

/**
 * POST /api/memberships/register. A Stamps account is one person at every merchant, so:
 * - a card-only member of this merchant (created by the POS, not registered) who holds the card
 *   `member_id`, or owns the email or phone, is completed and becomes registered;
 * - a person registered at another merchant (same email) becomes a member here;
 * - a registered member of this merchant, or an email/phone/card of someone else, is a 400.
 * Run inside an immediate transaction.
 */
export function registerMember(sqlite: Database, input: TRegisterMemberInput) {
  const s = profileStore(sqlite);
  const errors: FieldError[] = [];
  if (s.store.get(input.store, input.merchant) === undefined) {
    errors.push({ store: `Invalid pk "${input.store}" - object does not exist.` });
  }

  const card = input.member_id === undefined ? undefined : s.cardOwner.get(input.merchant, input.member_id);
  const byEmail = s.userIdByEmail.get(input.email);
  const byPhone = input.phone === undefined ? undefined : s.userIdByPhone.get(input.phone);
  const targetId = card?.userId ?? byEmail ?? byPhone;
  const target = targetId === undefined ? undefined : s.user.get(targetId);
  const membershipId = target && s.membershipOf.get(input.merchant, target.id);

  if (target?.isActive === 1 && membershipId !== undefined) {
    // Named by what found the registered member: the card, else the email, else the phone.
    if (card) errors.push({ member_id: "This card is already registered." });
    else if (byEmail !== undefined) errors.push({ email: "This email is already registered." });
    else errors.push({ phone: "This phone number is already registered." });
  } else {
    if (byEmail !== undefined && byEmail !== targetId) errors.push({ email: "This email is already registered." });
    if (byPhone !== undefined && byPhone !== targetId)
      errors.push({ phone: "This phone number is already registered." });
  }
  if (errors.length > 0) throw validationFailed(errors);

  const now = sqliteTimestamp(new Date());
  const fields = { ...input, phone: input.phone ?? null, address: input.address ?? null, now };
  let userId: number;
  if (target) {
    userId = target.id;
    s.updateUser.run({ ...fields, id: userId, register: 1 });
  } else {
    userId = Number(s.insertUser.run(fields).lastInsertRowid);
  }

  let id = membershipId;
  if (id === undefined) {
    const timeZone = s.timeZone.get(input.merchant) ?? "Asia/Jakarta";
    id = Number(
      s.insertMembership.run({
        userId,
        merchantId: input.merchant,
        levelId: s.lowestLevel.get(input.merchant) ?? 0,
        startDate: businessDate(new Date(), timeZone),
        storeId: input.store,
        now,
      }).lastInsertRowid,
    );
    s.setReferralCode.run(referralCode(id), id);
  }
  if (input.member_id !== undefined) addCard(sqlite, input.merchant, id, input.member_id, now);
  rewriteSearchTerms(sqlite, userId);

  return { customer: profileJson(sqlite, userId, id, input.member_id) };
}
