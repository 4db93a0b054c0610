"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useSave } from "@/components/console/form-helpers";
import { useMerchant } from "@/components/console/merchant-context";
import { StoreSelect } from "@/components/console/store-select";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { getErrorMessage } from "@/lib/errors";
import { todayIn } from "@/lib/merchant-time";
import { ZValidateVoucherInput } from "@/lib/schemas/vouchers";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { ValidationOutcome } from "./validation-outcome";

type FormInput = z.input<typeof ZValidateVoucherInput>;
type FormOutput = z.output<typeof ZValidateVoucherInput>;
type Validation = RouterOutputs["vouchers"]["validate"];

const FIELDS = ["code", "store", "user", "transactionValue"] as const;

/** Asks Stamps whether a voucher code could be redeemed at a store now, as a POS would before using it. */
export function ValidateVoucherForm() {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const [answer, setAnswer] = useState<{
    outcome: { result: Validation; code: string } | { error: string };
    asked: string;
  } | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZValidateVoucherInput),
    defaultValues: { code: "", user: "", transactionValue: "" },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  // An answer is about what was asked: once the code, store, member or value changes it no longer applies.
  const typed = JSON.stringify(useWatch({ control: form.control }));
  const outcome = answer?.asked === typed ? answer.outcome : null;
  const { busy, run: validate } = useSave(
    async (values: FormOutput) => {
      setAnswer(null);
      const asked = JSON.stringify(form.getValues());
      // A fresh answer every time: whether a voucher is usable changes as it is used.
      const result = await utils.vouchers.validate.fetch({ ...values, merchantId: merchant.id }, { staleTime: 0 });
      setAnswer({ outcome: { result, code: values.code }, asked });
    },
    (error) => {
      if (!serverErrors.toFields(error)) {
        setAnswer({ outcome: { error: getErrorMessage(error) }, asked: JSON.stringify(form.getValues()) });
      }
    },
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>Check a voucher code</CardTitle>
        <CardDescription>Whether Stamps would accept the code at a store now. Nothing is redeemed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <Form {...form}>
          <form noValidate onSubmit={(event) => void form.handleSubmit(validate)(event)} className="grid gap-4">
            <fieldset disabled={busy} className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="code"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Voucher code</FormLabel>
                    <FormControl>
                      <Input
                        {...field}
                        autoComplete="off"
                        spellCheck={false}
                        className="font-mono"
                        placeholder="e.g. VC-ABC"
                      />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="store"
                render={({ field, fieldState }) => (
                  <FormItem>
                    <FormLabel>Store</FormLabel>
                    <FormControl>
                      <StoreSelect
                        value={field.value}
                        onChange={field.onChange}
                        invalid={Boolean(fieldState.error)}
                        disabled={busy}
                      />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="user"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Member (optional)</FormLabel>
                    <FormControl>
                      <Input
                        {...field}
                        value={field.value ?? ""}
                        autoComplete="off"
                        spellCheck={false}
                        placeholder="Email or card number"
                      />
                    </FormControl>
                    <FormDescription>Stamps then also checks they own it.</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="transactionValue"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Transaction value (Rp)</FormLabel>
                    <FormControl>
                      <Input
                        {...field}
                        value={field.value ?? ""}
                        inputMode="numeric"
                        autoComplete="off"
                        placeholder="e.g. 150000"
                      />
                    </FormControl>
                    <FormDescription>Optional; for vouchers with a minimum spend.</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </fieldset>
            <Button type="submit" loading={busy} className="justify-self-start">
              Check code
            </Button>
          </form>
        </Form>
        <div aria-live="polite">
          {outcome ? <ValidationOutcome outcome={outcome} today={todayIn(merchant.timeZone)} /> : null}
        </div>
      </CardContent>
    </Card>
  );
}
