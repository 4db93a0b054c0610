"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { formatRupiah } from "@/lib/format";
import { ZRupiah, type TItemLine, type TPaymentLine } from "@/lib/schemas/transactions";
import { CellError, checkbox, LineEditor } from "./line-editor";
import { MoneyInput } from "./transaction-bits";

type LinesForm = { items: TItemLine[]; payments: TPaymentLine[] };

function sumAmounts(values: readonly (string | number | undefined)[]) {
  return values.reduce<number>((sum, value) => {
    const parsed = ZRupiah.safeParse(value ?? "");
    return sum + (parsed.success ? parsed.data : 0);
  }, 0);
}

/** Items of a sale. `priceRequired` when the line totals must add up to the transaction's value. */
export function ItemsEditor({
  priceRequired = false,
  expectedTotal,
}: {
  priceRequired?: boolean;
  expectedTotal?: number;
}) {
  const form = useFormContext<LinesForm>();
  const items = useWatch({ control: form.control, name: "items" });
  const errors = form.formState.errors.items;
  const total = sumAmounts((items ?? []).map((item) => item.subtotal));

  return (
    <LineEditor
      name="items"
      label="Items"
      noun="item"
      firstField="productName"
      lineTestId="item-line"
      newLine={() => ({ productName: "", quantity: 1, subtotal: "", eligibleForStamps: true })}
      empty={
        priceRequired
          ? "Add the items of the receipt."
          : "No items. They are optional; Stamps counts stamps from the total without them."
      }
      columns={[
        {
          header: "Product",
          cell: (index) => (
            <>
              <Input
                aria-label={`Product, item ${index + 1}`}
                placeholder="e.g. Cafe Latte"
                autoComplete="off"
                aria-invalid={errors?.[index]?.productName ? true : undefined}
                {...form.register(`items.${index}.productName`)}
              />
              <CellError error={errors?.[index]?.productName} />
            </>
          ),
        },
        {
          header: "Quantity",
          className: "w-24",
          cell: (index) => (
            <>
              <Input
                aria-label={`Quantity, item ${index + 1}`}
                inputMode="decimal"
                className="tabular-nums"
                aria-invalid={errors?.[index]?.quantity ? true : undefined}
                {...form.register(`items.${index}.quantity`)}
              />
              <CellError error={errors?.[index]?.quantity} />
            </>
          ),
        },
        {
          header: `Line total${priceRequired ? "" : " (optional)"}`,
          className: "w-40",
          cell: (index) => (
            <>
              <MoneyInput
                aria-label={`Line total, item ${index + 1}`}
                placeholder="qty × price"
                aria-invalid={errors?.[index]?.subtotal ? true : undefined}
                {...form.register(`items.${index}.subtotal`)}
              />
              <CellError error={errors?.[index]?.subtotal} />
            </>
          ),
        },
        {
          header: "Earns stamps",
          className: "w-24 text-center",
          cellClassName: "text-center",
          cell: (index) => (
            <input
              type="checkbox"
              className={`${checkbox} mt-2.5`}
              aria-label={`Item ${index + 1} earns stamps`}
              {...form.register(`items.${index}.eligibleForStamps`)}
            />
          ),
        },
      ]}
      footer={
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
      }
    />
  );
}

/** Payments of a sale: Stamps' payment method ID or code and the amount paid with it. */
export function PaymentsEditor() {
  const form = useFormContext<LinesForm>();
  const errors = form.formState.errors.payments;

  return (
    <LineEditor
      name="payments"
      label="Payments"
      noun="payment"
      firstField="method"
      newLine={() => ({ method: "", value: "", eligibleForMembership: true })}
      empty="No payments. Optional: without them the whole value counts toward the member's level."
      columns={[
        {
          header: "Payment method (ID or code)",
          cell: (index) => (
            <>
              <Input
                aria-label={`Payment method, payment ${index + 1}`}
                placeholder="e.g. 10 or CASH"
                autoComplete="off"
                aria-invalid={errors?.[index]?.method ? true : undefined}
                {...form.register(`payments.${index}.method`)}
              />
              <CellError error={errors?.[index]?.method} />
            </>
          ),
        },
        {
          header: "Amount",
          className: "w-44",
          cell: (index) => (
            <>
              <MoneyInput
                aria-label={`Amount, payment ${index + 1}`}
                aria-invalid={errors?.[index]?.value ? true : undefined}
                {...form.register(`payments.${index}.value`)}
              />
              <CellError error={errors?.[index]?.value} />
            </>
          ),
        },
        {
          header: "Counts for level",
          className: "w-28 text-center",
          cellClassName: "text-center",
          cell: (index) => (
            <input
              type="checkbox"
              className={`${checkbox} mt-2.5`}
              aria-label={`Payment ${index + 1} counts toward the member's level`}
              {...form.register(`payments.${index}.eligibleForMembership`)}
            />
          ),
        },
      ]}
    />
  );
}
