"use client";

import { createContext, useContext } from "react";

export type ConsoleMerchant = { id: string; name: string; stampsMerchantId: number; timeZone: string };

const MerchantContext = createContext<ConsoleMerchant | null>(null);

export function MerchantProvider({
  merchant,
  children,
}: {
  merchant: ConsoleMerchant | null;
  children: React.ReactNode;
}) {
  return <MerchantContext.Provider value={merchant}>{children}</MerchantContext.Provider>;
}

/** The merchant the console acts for; pages that need one are only rendered when there is one. */
export function useMerchant() {
  const merchant = useContext(MerchantContext);
  if (!merchant) throw new Error("useMerchant() needs a merchant; render this page only when one is chosen");
  return merchant;
}

export function useOptionalMerchant() {
  return useContext(MerchantContext);
}
