"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext, useWatch, type FieldError } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatRupiah } from "@/lib/format";
import { ZRupiah, type TItemLine, type TPaymentLine } from "@/lib/schemas/transactions";
import { MoneyInput } from "./transaction-bits";

type LinesForm = { items: TItemLine[]; payments: TPaymentLine[] };

export function sumAmounts(values: readonly (string | number | undefined)[]) {
  return values.reduce<number>((sum, value) => {
    const parsed = ZRupiah.safeParse(value ?? "");
    return sum + (parsed.success ? parsed.data : 0);
  }, 0);
}

/** The list's own error: from the schema (min, max) or from Stamps (e.g. items that don't add up). */
export function listError(error: unknown) {
  const list = error as (FieldError & { root?: FieldError }) | undefined;
  return list?.message ?? list?.root?.message;
}

export function CellError({ error }: { error: FieldError | undefined }) {
  return error?.message ? <p className="mt-1 text-xs text-destructive">{error.message}</p> : null;
}

/**
 * Enter in a line moves to the next line, adding one after the last, so lines can be typed without the mouse.
 * Not while an IME is composing (Enter there picks the Japanese or Chinese characters) nor on a button.
 */
export function enterToNextLine(index: number, count: number, addLine: () => void, focusLine: (index: number) => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (index === count - 1) addLine();
    else focusLine(index + 1);
  };
}

export const checkbox = "accent-primary size-4 cursor-pointer disabled:cursor-not-allowed";
export const headCell = "text-muted-foreground px-1 pb-1 text-left text-xs font-medium";

/**
 * Items of a sale. Enter in a line moves to the next line, adding one at the end, so a receipt can be
 * typed without the mouse. `priceRequired` when the line totals must add up to the transaction's value.
 */
export function ItemsEditor({
  priceRequired = false,
  expectedTotal,
}: {
  priceRequired?: boolean;
  expectedTotal?: number;
}) {
  const form = useFormContext<LinesForm>();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const items = useWatch({ control: form.control, name: "items" });
  const errors = form.formState.errors;
  const total = sumAmounts((items ?? []).map((item) => item.subtotal));
  const addLine = () => append({ productName: "", quantity: 1, subtotal: "", eligibleForStamps: true });

  const onKeyDown = (index: number) =>
    enterToNextLine(index, fields.length, addLine, (next) => form.setFocus(`items.${next}.productName`));

  return (
    <div className="grid gap-3" role="group" aria-label="Items">
      {fields.length > 0 ? (
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className={headCell}>Product</th>
              <th className={`${headCell} w-24`}>Quantity</th>
              <th className={`${headCell} w-40`}>Line total{priceRequired ? "" : " (optional)"}</th>
              <th className={`${headCell} w-24 text-center`}>Earns stamps</th>
              <th className="w-10">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <tr key={field.id} className="align-top" onKeyDown={onKeyDown(index)} data-testid="item-line">
                <td className="p-1">
                  <Input
                    aria-label={`Product, item ${index + 1}`}
                    placeholder="e.g. Cafe Latte"
                    autoComplete="off"
                    aria-invalid={errors.items?.[index]?.productName ? true : undefined}
                    {...form.register(`items.${index}.productName`)}
                  />
                  <CellError error={errors.items?.[index]?.productName} />
                </td>
                <td className="p-1">
                  <Input
                    aria-label={`Quantity, item ${index + 1}`}
                    inputMode="decimal"
                    className="tabular-nums"
                    aria-invalid={errors.items?.[index]?.quantity ? true : undefined}
                    {...form.register(`items.${index}.quantity`)}
                  />
                  <CellError error={errors.items?.[index]?.quantity} />
                </td>
                <td className="p-1">
                  <MoneyInput
                    aria-label={`Line total, item ${index + 1}`}
                    placeholder="qty × price"
                    aria-invalid={errors.items?.[index]?.subtotal ? true : undefined}
                    {...form.register(`items.${index}.subtotal`)}
                  />
                  <CellError error={errors.items?.[index]?.subtotal} />
                </td>
                <td className="p-1 text-center">
                  <input
                    type="checkbox"
                    className={`${checkbox} mt-2.5`}
                    aria-label={`Item ${index + 1} earns stamps`}
                    {...form.register(`items.${index}.eligibleForStamps`)}
                  />
                </td>
                <td className="p-1">
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove item ${index + 1}`}
                    onClick={() => {
                      remove(index);
                      if (index > 0) form.setFocus(`items.${index - 1}.productName`);
                    }}
                  >
                    <Trash2 className="size-4" aria-hidden />
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="rounded-md border border-dashed px-3 py-4 text-center text-sm text-muted-foreground">
          {priceRequired
            ? "Add the items of the receipt."
            : "No items. They are optional; Stamps counts stamps from the total without them."}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button type="button" variant="outline" size="sm" onClick={addLine}>
          <Plus className="size-4" aria-hidden />
          Add item
        </Button>
        {fields.length > 0 ? (
          <p className="text-sm text-muted-foreground tabular-nums" data-testid="items-total">
            Items add up to <span className="font-medium text-foreground">{formatRupiah(total)}</span>
            {expectedTotal === undefined ? null : (
              <>
                {" "}
                of {formatRupiah(expectedTotal)}
                {Math.abs(total - expectedTotal) < 0.005 ? (
                  <span className="text-success"> ✓</span>
                ) : (
                  <span className="text-destructive"> · {formatRupiah(expectedTotal - total)} to go</span>
                )}
              </>
            )}
          </p>
        ) : null}
      </div>
      {listError(errors.items) ? (
        <p role="alert" className="text-sm text-destructive">
          {listError(errors.items)}
        </p>
      ) : null}
    </div>
  );
}
