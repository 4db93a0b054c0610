"use client";

import { useFormContext } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { DateField } from "@/components/ui/date-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MEMBER_PROFILE_LABELS } from "@/lib/schemas/members";
import { cn } from "@/lib/utils";

/** The form values both the register and the edit form hold (before zod parses them). */
export type ProfileFormValues = {
  name: string;
  email?: string;
  birthday: string;
  gender?: "male" | "female";
  cardNumber?: string;
  phone?: string;
  address?: string;
};

export const PROFILE_FIELDS = ["name", "email", "birthday", "gender", "cardNumber", "phone", "address"] as const;

const GENDERS = [
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
] as const;

/** Name, email, birthday, gender, card, phone and address, for a form built on a member profile schema. */
export function MemberProfileFields({
  emailOptional = false,
  cardLabel = MEMBER_PROFILE_LABELS.cardNumber,
  cardHint,
}: {
  emailOptional?: boolean;
  cardLabel?: string;
  cardHint?: string;
}) {
  const form = useFormContext<ProfileFormValues>();
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="grid items-start gap-4 sm:grid-cols-2">
      <FormField
        control={form.control}
        name="name"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>{MEMBER_PROFILE_LABELS.name}</FormLabel>
            <FormControl>
              <Input {...field} autoComplete="off" />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="email"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>
              {MEMBER_PROFILE_LABELS.email}
              {emailOptional ? <span className="font-normal text-muted-foreground"> (optional)</span> : null}
            </FormLabel>
            <FormControl>
              <Input {...field} value={field.value ?? ""} type="email" autoComplete="off" spellCheck={false} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="birthday"
        render={({ field }) => (
          <FormItem>
            <FormLabel>{MEMBER_PROFILE_LABELS.birthday}</FormLabel>
            <FormControl>
              <DateField {...field} invalid="pass" max={today} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="gender"
        render={({ field, fieldState }) => (
          <FormItem>
            <fieldset
              className="grid gap-2"
              aria-invalid={fieldState.error ? true : undefined}
              aria-describedby={fieldState.error ? "member-gender-error" : undefined}
            >
              <legend className={cn("mb-2 text-sm leading-none font-medium", fieldState.error && "text-destructive")}>
                {MEMBER_PROFILE_LABELS.gender}
              </legend>
              <div className="flex h-9 items-center gap-4">
                {GENDERS.map((gender, index) => (
                  <label key={gender.value} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={field.name}
                      value={gender.value}
                      checked={field.value === gender.value}
                      onChange={() => field.onChange(gender.value)}
                      onBlur={field.onBlur}
                      ref={index === 0 ? field.ref : undefined}
                      className="size-4 accent-primary"
                    />
                    {gender.label}
                  </label>
                ))}
              </div>
            </fieldset>
            {fieldState.error ? (
              <p id="member-gender-error" className="text-sm text-destructive">
                {fieldState.error.message}
              </p>
            ) : null}
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="phone"
        render={({ field }) => (
          <FormItem>
            <FormLabel>
              {MEMBER_PROFILE_LABELS.phone} <span className="font-normal text-muted-foreground">(optional)</span>
            </FormLabel>
            <FormControl>
              <Input {...field} value={field.value ?? ""} type="tel" autoComplete="off" placeholder="+6281234567890" />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="cardNumber"
        render={({ field }) => (
          <FormItem>
            <FormLabel>
              {cardLabel} <span className="font-normal text-muted-foreground">(optional)</span>
            </FormLabel>
            <FormControl>
              <Input {...field} value={field.value ?? ""} inputMode="numeric" autoComplete="off" spellCheck={false} />
            </FormControl>
            {cardHint ? <FormDescription>{cardHint}</FormDescription> : null}
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={form.control}
        name="address"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>
              {MEMBER_PROFILE_LABELS.address} <span className="font-normal text-muted-foreground">(optional)</span>
            </FormLabel>
            <FormControl>
              <Textarea {...field} value={field.value ?? ""} rows={2} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
    </div>
  );
}
