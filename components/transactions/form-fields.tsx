"use client";

import type { FieldValues } from "react-hook-form";
import { type FieldProps } from "@/components/console/text-field";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

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
