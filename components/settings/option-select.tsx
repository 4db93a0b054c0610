"use client";

import { FormControl } from "@/components/ui/form";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** A Select bound to a react-hook-form field; use inside a FormItem, after its FormLabel. */
export function OptionSelect({
  value,
  onChange,
  onBlur,
  triggerRef,
  options,
  disabled,
}: {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  triggerRef: React.Ref<HTMLButtonElement>;
  options: readonly { value: string; label: string }[];
  disabled: boolean;
}) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled}>
      <FormControl>
        <SelectTrigger ref={triggerRef} onBlur={onBlur} className="w-full">
          <SelectValue />
        </SelectTrigger>
      </FormControl>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
