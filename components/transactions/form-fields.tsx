"use client";

import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { MoneyInput } from "./transaction-bits";

type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
};

/** A text, number or Rupiah field bound to the form, with its label and error. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  money,
  ...input
}: FieldProps<T> & { money?: boolean } & Omit<React.ComponentProps<"input">, "name">) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            {money ? (
              <MoneyInput {...input} {...field} value={field.value ?? ""} />
            ) : (
              <Input autoComplete="off" {...input} {...field} value={field.value ?? ""} />
            )}
          </FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

/** One of Stamps' code tables (channel, type), or none. */
export function CodeSelect<T extends FieldValues>({
  control,
  name,
  label,
  options,
  disabled,
}: FieldProps<T> & { options: readonly { value: number; label: string }[]; disabled?: boolean }) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <Select
            value={field.value === undefined ? "none" : String(field.value)}
            onValueChange={(next) => field.onChange(next === "none" ? undefined : Number(next))}
            disabled={disabled}
          >
            <FormControl>
              <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                <SelectValue />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              <SelectItem value="none">Not set</SelectItem>
              {options.map((option) => (
                <SelectItem key={option.value} value={String(option.value)}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
