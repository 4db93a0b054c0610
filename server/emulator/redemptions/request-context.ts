import { fieldInvalid } from "../http/errors";
import type { MemberStore } from "../members/member-store";
import { businessDate, sqliteTimestamp } from "../loyalty/business-date";
import type { Membership } from "../members/membership-store";
import type { MerchantRow, RedemptionStore } from "./redemption-store";

/** The merchant a request acts for (the token's) and the moment it is handled, in its time zone. */
export type RequestContext = {
  merchant: MerchantRow;
  now: Date;
  /** `now` as stored in timestamp columns */
  nowText: string;
  /** the merchant's local date: voucher validity, reward periods */
  today: string;
};

export const memberNotFound = (field: string, user: string) =>
  fieldInvalid(field, `Member with identifier "${user}" not found.`);

export type ContextResolver = ReturnType<typeof createContextResolver>;

export function createContextResolver(members: MemberStore, store: RedemptionStore) {
  return {
    begin(merchantId: number, now = new Date()): RequestContext {
      const merchant = store.merchant(merchantId);
      if (!merchant) throw new Error(`Token merchant ${merchantId} does not exist`);
      return { merchant, now, nowText: sqliteTimestamp(now), today: businessDate(now, merchant.timeZone) };
    },

    /** An active store of the token's merchant; any other is "Store does not exist", as in transactions/add. */
    requireStore(ctx: RequestContext, storeId: number, field = "store"): number {
      const row = store.store(storeId);
      if (row?.isActive !== 1 || row.merchantId !== ctx.merchant.id) throw fieldInvalid(field, "Store does not exist");
      return storeId;
    },

    /** `user` as the API takes it (email, card, phone or id), a member of the token's merchant. */
    requireMembership(ctx: RequestContext, user: string, field = "user"): Membership {
      const membershipId = members.findMembershipId(ctx.merchant.id, user);
      const member = membershipId === undefined ? undefined : store.membership(membershipId);
      if (!member) throw memberNotFound(field, user);
      return member;
    },
  };
}
