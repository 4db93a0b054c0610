import { businessDate } from "../loyalty/business-date";
import type { Membership } from "./membership-store";

// The member after a transaction or redemption, in each endpoint's documented cut. `status`/`level`
// is the level code (100 Blue …) in the membership objects and the level name in the "customer" objects.

const GENDERS: Record<number, string> = { 1: "male", 2: "female" };

const common = (member: Membership, timeZone: string) => ({
  stamps: member.stamps,
  balance: member.balance,
  referral_code: member.referralCode,
  start_date: member.startDate,
  created: businessDate(new Date(member.createdAt), timeZone),
});

const tags = (member: Membership) => JSON.parse(member.tags) as string[];

/** redeem-reward, redeem-voucher, deduct-value */
export const redemptionMembershipJson = (member: Membership, timeZone: string) => {
  const { stamps, balance, ...rest } = common(member, timeZone);
  return { tags: tags(member), status: member.levelCode, stamps, balance, ...rest };
};

/** redeem-promo-code */
export const promoMembershipJson = (member: Membership, timeZone: string) => {
  const { stamps, balance, ...rest } = common(member, timeZone);
  return { tags: tags(member), level: member.levelCode, stamps, balance, ...rest };
};

/** redeem-multiple-rewards */
export const levelMembershipJson = (member: Membership, timeZone: string) => {
  const { stamps, balance, ...rest } = common(member, timeZone);
  return {
    level: member.levelCode,
    level_text: member.levelName,
    status: member.isBlocked ? "Blocked" : "Active",
    stamps,
    balance,
    is_blocked: member.isBlocked,
    ...rest,
  };
};

/** by-voucher-code and cancel: `id` is the user's, `status` the level name */
export const customerJson = (member: Membership) => ({
  id: member.userId,
  status: member.levelName,
  stamps_remaining: member.stamps,
});

/** redeem-promo-code's user: the docs show the id as a string and the gender as a word */
export const promoUserJson = (member: Membership) => ({
  id: String(member.userId),
  name: member.name,
  gender: member.gender === null ? null : (GENDERS[member.gender] ?? null),
  address: member.address,
  is_active: member.isActive,
  email: member.email,
  phone: member.phone,
  picture_url: member.pictureUrl,
  birthday: member.birthday,
});

/** `customer` of transactions/add, add-or-update and modify. `id` is the user's, as in member status. */
export const transactionCustomerJson = (member: Membership) => ({
  id: member.userId,
  mobile_phone: member.phone,
  stamps_remaining: member.stamps,
  balance: member.balance,
  status: member.levelName,
});

/** `membership` of transactions/cancel and add-with-redemptions. */
export const membershipJson = (member: Membership) => ({
  tags: JSON.parse(member.tags) as unknown,
  status: member.levelCode,
  status_text: member.levelName,
  stamps: member.stamps,
  balance: member.balance,
  is_blocked: member.isBlocked,
  referral_code: member.referralCode,
  start_date: member.startDate,
  created: businessDate(new Date(member.createdAt), member.timeZone),
});
