import type { Database } from "better-sqlite3";
import { createVoucherStore, type VoucherStore } from "../vouchers/voucher-store";
import { createPinAuthorizations, type PinAuthorizations } from "./pin-authorization";
import { createRedemptionStore, type RedemptionStore } from "./redemption-store";
import { createContextResolver, type ContextResolver } from "./request-context";

/** Everything the redemption and voucher services share: statements are prepared once per database. */
export type RedemptionDeps = {
  sqlite: Database;
  store: RedemptionStore;
  vouchers: VoucherStore;
  context: ContextResolver;
  pins: PinAuthorizations;
};

export function createRedemptionDeps(sqlite: Database): RedemptionDeps {
  const store = createRedemptionStore(sqlite);
  return {
    sqlite,
    store,
    vouchers: createVoucherStore(sqlite),
    context: createContextResolver(sqlite, store),
    pins: createPinAuthorizations(sqlite),
  };
}
