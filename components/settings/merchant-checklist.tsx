"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { useFormField } from "@/components/ui/form";
import { getErrorMessage } from "@/lib/errors";
import { api } from "@/lib/trpc/react";

/** Checkbox list of the merchants this admin works for (the only ones they can give); inside a FormItem. */
export function MerchantChecklist({
  value,
  onChange,
  onBlur,
  firstRef,
}: {
  value: string[];
  onChange: (merchantIds: string[]) => void;
  onBlur: () => void;
  firstRef: React.Ref<HTMLInputElement>;
}) {
  const { error, formMessageId } = useFormField();
  const merchants = api.merchants.find.useQuery();
  const toggle = (merchantId: string, checked: boolean) =>
    onChange(checked ? [...value, merchantId] : value.filter((id) => id !== merchantId));

  return (
    <fieldset
      aria-describedby={error ? formMessageId : undefined}
      aria-invalid={error ? true : undefined}
      className="grid gap-2"
    >
      <legend data-error={!!error} className="mb-2 text-sm leading-none font-medium data-[error=true]:text-destructive">
        Merchants
      </legend>
      {merchants.isPending ? <Skeleton className="h-14" /> : null}
      {merchants.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {getErrorMessage(merchants.error)}
        </p>
      ) : null}
      {merchants.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">There are no merchants yet. Add one on the Merchants tab first.</p>
      ) : null}
      {merchants.data?.length ? (
        <div className="grid max-h-48 gap-2 overflow-y-auto rounded-md border p-3 sm:grid-cols-2">
          {merchants.data.map((merchant, index) => (
            <label key={merchant.id} className="flex items-center gap-2 text-sm">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="checkbox"
                className="size-4 accent-primary"
                checked={value.includes(merchant.id)}
                onChange={(event) => toggle(merchant.id, event.target.checked)}
                onBlur={onBlur}
              />
              {merchant.name}
            </label>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
