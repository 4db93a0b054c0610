import type { Database } from "better-sqlite3";
import { perDatabase } from "../loyalty/per-database";
import { memberStore, type MemberStore } from "../members/member-store";
import { membershipStore, type MembershipStore } from "../members/membership-store";
import { createPromoStore, type PromoStore } from "../promo/promo-store";
import { createPinAuthorizations, type PinAuthorizations } from "../redemptions/pin-authorization";
import { createRedemptionStore, type RedemptionStore } from "../redemptions/redemption-store";
import { createContextResolver, type ContextResolver } from "../redemptions/request-context";
import { createVoucherStore, type VoucherStore } from "../vouchers/voucher-store";

/**
 * The emulator's data layer, built once per database in app.ts and handed to every route: typed
 * raw SQL, each store a set of better-sqlite3 statements prepared once (README, "Data path").
 * Services that take the connection itself (`sqlite`, for the transaction and profile stores and
 * `immediate()`) reach the same per-database instances.
 */
export type Stores = {
  sqlite: Database;
  members: MemberStore;
  memberships: MembershipStore;
  /** redemptions, rewards, merchants and stores as the redemption services read them */
  store: RedemptionStore;
  vouchers: VoucherStore;
  promos: PromoStore;
  pins: PinAuthorizations;
  context: ContextResolver;
};

export const emulatorStores = perDatabase((sqlite: Database): Stores => {
  const store = createRedemptionStore(sqlite);
  const members = memberStore(sqlite);
  return {
    sqlite,
    members,
    memberships: membershipStore(sqlite),
    store,
    vouchers: createVoucherStore(sqlite),
    promos: createPromoStore(sqlite),
    pins: createPinAuthorizations(sqlite),
    context: createContextResolver(members, store),
  };
});
