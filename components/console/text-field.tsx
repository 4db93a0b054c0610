"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";

/** A field of a form whose values may be transformed on submit (`TOutput`), as zod resolvers do. */
export type FieldProps<T extends FieldValues, TContext = unknown, TOutput extends FieldValues = T> = {
  control: Control<T, TContext, TOutput>;
  name: FieldPath<T>;
  label: string;
  description?: React.ReactNode;
};

/**
 * A text field bound to the form, with its label, description and error: the one shape every form's plain inputs
 * share. `as` swaps the input for another with Input's props (the Rupiah input).
 */
export function TextField<T extends FieldValues, TContext = unknown, TOutput extends FieldValues = T>({
  control,
  name,
  label,
  description,
  as: Control = Input,
  ...input
}: FieldProps<T, TContext, TOutput> & { as?: React.ComponentType<React.ComponentProps<"input">> } & Omit<
    React.ComponentProps<"input">,
    "name"
  >) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Control autoComplete="off" {...input} {...field} value={field.value ?? ""} />
          </FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
