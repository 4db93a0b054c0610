"use client";

import { useFormContext } from "react-hook-form";
import { StoreSelect } from "@/components/console/store-select";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";

type PlaceValues = { storeId: number; invoiceNumber?: string | undefined };

/** StoreSelect takes the id and invalid state FormControl hands its child. */
function StoreControl({
  value,
  onChange,
  ...props
}: {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  id?: string;
  "aria-invalid"?: boolean;
}) {
  return <StoreSelect id={props.id} value={value} onChange={onChange} invalid={props["aria-invalid"]} />;
}

/** Where the redemption happens: the store, and (optionally, or required for promo codes) the POS invoice. */
export function PlaceFields({ invoice }: { invoice: "optional" | "required" | "none" }) {
  const form = useFormContext<PlaceValues>();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        control={form.control}
        name="storeId"
        render={({ field }) => (
          <FormItem>
            <FormLabel>Store</FormLabel>
            <FormControl>
              <StoreControl value={field.value} onChange={field.onChange} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      {invoice === "none" ? null : (
        <FormField
          control={form.control}
          name="invoiceNumber"
          render={({ field }) => (
            <FormItem>
              <FormLabel>POS invoice number{invoice === "optional" ? " (optional)" : ""}</FormLabel>
              <FormControl>
                <Input
                  {...field}
                  value={field.value ?? ""}
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="POS-1020123"
                />
              </FormControl>
              {invoice === "optional" ? (
                <FormDescription>The receipt the failed redemption belonged to.</FormDescription>
              ) : null}
              <FormMessage />
            </FormItem>
          )}
        />
      )}
    </div>
  );
}

/** Digits typed into a number field, as a number; empty is undefined. */
export function digitsToNumber(text: string): number | undefined {
  const digits = text.replace(/\D/g, "");
  return digits ? Number(digits) : undefined;
}
