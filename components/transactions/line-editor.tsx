"use client";

import { Plus, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { useFieldArray, useFormContext, type FieldError, type FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** The list's own error: from the schema (min, max) or from Stamps (e.g. items that don't add up). */
export function listError(error: unknown) {
  const list = error as (FieldError & { root?: FieldError }) | undefined;
  return list?.message ?? list?.root?.message;
}

export function CellError({ error }: { error: FieldError | undefined }) {
  return error?.message ? <p className="mt-1 text-xs text-destructive">{error.message}</p> : null;
}

export const checkbox = "accent-primary size-4 cursor-pointer disabled:cursor-not-allowed";
const headCell = "text-muted-foreground px-1 pb-1 text-left text-xs font-medium";

export type LineColumn = {
  header: ReactNode;
  /** Width and alignment of the column's head, e.g. "w-24 text-center". */
  className?: string;
  cellClassName?: string;
  cell: (index: number) => ReactNode;
};

/**
 * One editor for the lines of a sale (items, payments): a table of lines, "Add", "Remove" and keyboard entry.
 * Enter in a line moves to the next line, adding one after the last, so a receipt can be typed without the mouse;
 * not while an IME is composing (Enter there picks the Japanese or Chinese characters) nor on a button.
 */
export function LineEditor({
  name,
  label,
  columns,
  newLine,
  firstField,
  noun,
  empty,
  footer,
  lineTestId,
}: {
  /** The form's array field. */
  name: string;
  label: string;
  columns: LineColumn[];
  newLine: () => Record<string, unknown>;
  /** The field of a line that takes focus when the keyboard moves to it, e.g. "productName". */
  firstField: string;
  /** "item", "payment": names the buttons. */
  noun: string;
  empty: ReactNode;
  footer?: ReactNode;
  lineTestId?: string;
}) {
  const form = useFormContext<FieldValues>();
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const addLine = () => append(newLine());
  const focusLine = (index: number) => form.setFocus(`${name}.${index}.${firstField}`);

  const onKeyDown = (index: number) => (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (index === fields.length - 1) addLine();
    else focusLine(index + 1);
  };
  const error = listError(form.formState.errors[name]);

  return (
    <div className="grid gap-3" role="group" aria-label={label}>
      {fields.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={index} className={cn(headCell, column.className)}>
                    {column.header}
                  </th>
                ))}
                <th className="w-10">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field, index) => (
                <tr key={field.id} className="align-top" onKeyDown={onKeyDown(index)} data-testid={lineTestId}>
                  {columns.map((column, columnIndex) => (
                    <td key={columnIndex} className={cn("p-1", column.cellClassName)}>
                      {column.cell(index)}
                    </td>
                  ))}
                  <td className="p-1">
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={`Remove ${noun} ${index + 1}`}
                      onClick={() => {
                        remove(index);
                        if (index > 0) focusLine(index - 1);
                      }}
                    >
                      <Trash2 className="size-4" aria-hidden />
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-md border border-dashed px-3 py-4 text-center text-sm text-muted-foreground">{empty}</p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button type="button" variant="outline" size="sm" onClick={addLine}>
          <Plus className="size-4" aria-hidden />
          Add {noun}
        </Button>
        {fields.length > 0 ? footer : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
