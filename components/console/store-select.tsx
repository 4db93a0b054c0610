"use client";

import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api } from "@/lib/trpc/react";
import { useMerchant } from "./merchant-context";

type Props = {
  id?: string;
  value: number | undefined;
  onChange: (storeId: number | undefined) => void;
  disabled?: boolean;
  invalid?: boolean;
};

/** The merchant's stores as recorded in Settings; a plain number field when none are recorded. */
export function StoreSelect({ id, value, onChange, disabled, invalid }: Props) {
  const merchant = useMerchant();
  const stores = api.merchants.findStores.useQuery({ merchantId: merchant.id }, { staleTime: 5 * 60_000 });

  if (stores.data?.length === 0) {
    return (
      <Input
        id={id}
        inputMode="numeric"
        placeholder="Stamps store number"
        value={value ?? ""}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => {
          const digits = event.target.value.replace(/\D/g, "");
          onChange(digits ? Number(digits) : undefined);
        }}
      />
    );
  }
  return (
    <Select
      value={value === undefined ? "" : String(value)}
      onValueChange={(next) => onChange(Number(next))}
      disabled={(disabled ?? false) || stores.isPending}
    >
      <SelectTrigger id={id} className="w-full" aria-invalid={invalid ? true : undefined}>
        <SelectValue placeholder={stores.isPending ? "Loading stores…" : "Choose a store"} />
      </SelectTrigger>
      <SelectContent>
        {stores.data?.map((store) => (
          <SelectItem key={store.stampsStoreId} value={String(store.stampsStoreId)}>
            {store.name} <span className="text-muted-foreground">· {store.stampsStoreId}</span>
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
