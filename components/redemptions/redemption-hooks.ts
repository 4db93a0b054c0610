"use client";

import { useMerchant } from "@/components/console/merchant-context";
import { api, type RouterOutputs } from "@/lib/trpc/react";

export type Member = RouterOutputs["members"]["get"];

/** After Stamps changed a member's stamps or vouchers, every screen showing them asks again. */
export function useRedemptionRefresh() {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.members.get.invalidate(),
      utils.members.findMemberActivity.invalidate(),
      utils.vouchers.invalidate(),
      utils.rewards.invalidate(),
      utils.redemptions.findRewardOptions.invalidate(),
      utils.redemptions.findVoucherOptions.invalidate(),
      utils.redemptions.findMemberRedemptions.invalidate(),
      utils.home.getStartPage.invalidate(),
    ]);
}

/** A store's name as recorded in Settings, for sentences like "at Plaza Senayan". */
export function useStoreName() {
  const merchant = useMerchant();
  const stores = api.merchants.findStores.useQuery({ merchantId: merchant.id }, { staleTime: 5 * 60_000 });
  return (storeId: number | undefined) => {
    if (storeId === undefined) return "—";
    return stores.data?.find((store) => store.stampsStoreId === storeId)?.name ?? `store ${storeId}`;
  };
}
