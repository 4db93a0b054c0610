"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { TextField } from "@/components/console/text-field";
import { SaveFormDialog } from "@/components/console/save-form-dialog";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { storesToText, TOKEN_TYPES, ZCreateMerchantInput, ZUpdateMerchantInput } from "@/lib/schemas/merchants";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { OptionSelect } from "./option-select";

export type Merchant = RouterOutputs["merchants"]["find"][number];

// The form always holds a token string ("" keeps the stored one), so both modes share one form type.
const ZEditMerchant = ZUpdateMerchantInput.omit({ id: true }).required({ token: true });
type TMerchantFormInput = z.input<typeof ZCreateMerchantInput>;
type TMerchantFormOutput = z.output<typeof ZCreateMerchantInput>;

const TOKEN_TYPE_OPTIONS = TOKEN_TYPES.map((type) => ({ value: type, label: type }));
const FIELDS = ["stampsMerchantId", "name", "apiBaseUrl", "tokenType", "token", "timeZone", "stores"] as const;

function toDefaults(merchant: Merchant | null): TMerchantFormInput {
  return {
    stampsMerchantId: merchant?.stampsMerchantId ?? "",
    name: merchant?.name ?? "",
    apiBaseUrl: merchant?.apiBaseUrl ?? "",
    tokenType: merchant?.tokenType ?? "Token",
    token: "",
    timeZone: merchant?.timeZone ?? "Asia/Jakarta",
    stores: storesToText(merchant?.stores ?? []),
  };
}

/** Mount it with a new `key` each time it opens: the form starts from the merchant's stored values. */
export function MerchantDialog({
  merchant,
  open,
  onOpenChange,
  replaceToken = false,
}: {
  merchant: Merchant | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opened from "Replace token": focus starts in the token field. */
  replaceToken?: boolean;
}) {
  const router = useRouter();
  const utils = api.useUtils();
  const create = api.merchants.create.useMutation();
  const update = api.merchants.update.useMutation();
  const form = useForm<TMerchantFormInput, unknown, TMerchantFormOutput>({
    resolver: zodResolver(merchant ? ZEditMerchant : ZCreateMerchantInput),
    defaultValues: toDefaults(merchant),
  });
  const save = async (values: TMerchantFormOutput) => {
    // The server parses the store lines itself with the same schema; send them as typed.
    const input = { ...values, stores: form.getValues("stores") };
    if (merchant) await update.mutateAsync({ ...input, id: merchant.id });
    else await create.mutateAsync(input);
    toast.success("Saved");
    onOpenChange(false);
    void utils.merchants.find.invalidate();
    // The sidebar's merchant switcher is rendered on the server.
    router.refresh();
  };

  return (
    <SaveFormDialog
      form={form}
      fields={FIELDS}
      onSave={save}
      submitLabel="Save"
      className="sm:max-w-lg"
      open={open}
      onOpenChange={onOpenChange}
      title={merchant ? `${replaceToken ? "Replace the token of" : "Edit"} ${merchant.name}` : "Add merchant"}
      onOpenAutoFocus={
        replaceToken
          ? (event) => {
              event.preventDefault();
              form.setFocus("token");
            }
          : undefined
      }
      description={
        merchant
          ? `The stored API token ends in ${merchant.tokenLast4}. Leave the token empty to keep it.`
          : "Connect a Stamps merchant. The back office calls the Stamps API with this token."
      }
    >
      {(busy) => (
        <>
          <TextField control={form.control} name="stampsMerchantId" label="Stamps merchant ID" inputMode="numeric" />
          <TextField control={form.control} name="name" label="Name" />
          <TextField
            control={form.control}
            name="apiBaseUrl"
            label="API base URL"
            type="url"
            spellCheck={false}
            description="https://stamps.co.id, or http://localhost:4010 for the emulator"
          />
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <FormField
              control={form.control}
              name="tokenType"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Token type</FormLabel>
                  <OptionSelect
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    triggerRef={field.ref}
                    options={TOKEN_TYPE_OPTIONS}
                    disabled={busy}
                  />
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="token"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>API token</FormLabel>
                  <FormControl>
                    <Input
                      {...field}
                      type="password"
                      autoComplete="off"
                      spellCheck={false}
                      placeholder={merchant ? `Leave empty to keep •••• ${merchant.tokenLast4}` : undefined}
                    />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </div>
          <TextField
            control={form.control}
            name="timeZone"
            label="Time zone"
            spellCheck={false}
            description="An IANA time zone, for example Asia/Jakarta."
          />
          <FormField
            control={form.control}
            name="stores"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Stores</FormLabel>
                <FormControl>
                  <Textarea
                    {...field}
                    rows={4}
                    spellCheck={false}
                    placeholder={"2 Grand Indonesia\n32 Plaza Senayan"}
                    className="font-mono text-sm"
                  />
                </FormControl>
                <FormDescription>
                  One per line: the Stamps store number, then its name. Staff pick from these.
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </>
      )}
    </SaveFormDialog>
  );
}
