"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TPaymentLine } from "@/lib/schemas/transactions";
import { CellError, checkbox, enterToNextLine, headCell, listError } from "./line-editors";
import { MoneyInput } from "./transaction-bits";

/** Payments of a sale: Stamps' payment method ID or code and the amount paid with it. */
export function PaymentsEditor() {
  const form = useFormContext<{ payments: TPaymentLine[] }>();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "payments" });
  const errors = form.formState.errors;
  const addLine = () => append({ method: "", value: "", eligibleForMembership: true });

  const onKeyDown = (index: number) =>
    enterToNextLine(index, fields.length, addLine, (next) => form.setFocus(`payments.${next}.method`));

  return (
    <div className="grid gap-3" role="group" aria-label="Payments">
      {fields.length > 0 ? (
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className={headCell}>Payment method (ID or code)</th>
              <th className={`${headCell} w-44`}>Amount</th>
              <th className={`${headCell} w-28 text-center`}>Counts for level</th>
              <th className="w-10">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <tr key={field.id} className="align-top" onKeyDown={onKeyDown(index)}>
                <td className="p-1">
                  <Input
                    aria-label={`Payment method, payment ${index + 1}`}
                    placeholder="e.g. 10 or CASH"
                    autoComplete="off"
                    aria-invalid={errors.payments?.[index]?.method ? true : undefined}
                    {...form.register(`payments.${index}.method`)}
                  />
                  <CellError error={errors.payments?.[index]?.method} />
                </td>
                <td className="p-1">
                  <MoneyInput
                    aria-label={`Amount, payment ${index + 1}`}
                    aria-invalid={errors.payments?.[index]?.value ? true : undefined}
                    {...form.register(`payments.${index}.value`)}
                  />
                  <CellError error={errors.payments?.[index]?.value} />
                </td>
                <td className="p-1 text-center">
                  <input
                    type="checkbox"
                    className={`${checkbox} mt-2.5`}
                    aria-label={`Payment ${index + 1} counts toward the member's level`}
                    {...form.register(`payments.${index}.eligibleForMembership`)}
                  />
                </td>
                <td className="p-1">
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove payment ${index + 1}`}
                    onClick={() => remove(index)}
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
          No payments. Optional: without them the whole value counts toward the member&apos;s level.
        </p>
      )}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={addLine}>
          <Plus className="size-4" aria-hidden />
          Add payment
        </Button>
      </div>
      {listError(errors.payments) ? (
        <p role="alert" className="text-sm text-destructive">
          {listError(errors.payments)}
        </p>
      ) : null}
    </div>
  );
}
