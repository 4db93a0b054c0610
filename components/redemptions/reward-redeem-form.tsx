"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormDialogFooter } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Badge } from "@/components/ui/badge";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { formatNumber } from "@/lib/format";
import { ZRedeemRewardFields, type TRedeemRewardFields } from "@/lib/schemas/redemptions";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { ChoiceList } from "./choice-list";
import { digitsToNumber, PlaceFields } from "./place-fields";
import type { RedeemFormProps } from "./redeem-form-types";
import { useStoreName } from "./redemption-hooks";
import { RefusalAlert } from "./refusal-alert";

type Reward = RouterOutputs["redemptions"]["findRewardOptions"][number];
const FIELDS = ["rewardId", "stamps", "storeId", "invoiceNumber"] as const;

// Redeemable first, then cheapest: the reward the POS failed on is usually among the first.
const byRelevance = (a: Reward, b: Reward) =>
  Number(b.redeemable !== false) - Number(a.redeemable !== false) || (a.stampsToRedeem ?? 0) - (b.stampsToRedeem ?? 0);

function RewardChoice({ reward, checked, onChoose }: { reward: Reward; checked: boolean; onChoose: () => void }) {
  const blocked = reward.redeemable === false;
  return (
    <label className="flex cursor-pointer items-center gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:ring-[3px] has-focus-visible:ring-ring/50 has-disabled:cursor-not-allowed has-disabled:opacity-60">
      <input
        type="radio"
        name="rewardId"
        className="size-4 accent-primary"
        checked={checked}
        disabled={blocked}
        onChange={onChoose}
      />
      <span className="min-w-0 flex-1">
        <span className="block font-medium">{reward.name}</span>
        <span className="text-xs text-muted-foreground">
          {reward.stampsToRedeem === null ? "Stamps: ask Stamps" : `${formatNumber(reward.stampsToRedeem)} stamps`}
        </span>
      </span>
      {reward.redeemable === true ? <Badge variant="success">Redeemable</Badge> : null}
      {blocked ? <Badge variant="outline">Not enough stamps</Badge> : null}
    </label>
  );
}

/** A reward from Stamps' list for this member, which says which ones they can redeem. */
export function RewardRedeemForm({ member, refusal, onReview, onCancel }: RedeemFormProps) {
  const merchant = useMerchant();
  const storeName = useStoreName();
  const rewards = api.redemptions.findRewardOptions.useQuery({ merchantId: merchant.id, memberId: member.id });
  const form = useForm<z.input<typeof ZRedeemRewardFields>, unknown, TRedeemRewardFields>({
    resolver: zodResolver(ZRedeemRewardFields),
    defaultValues: { invoiceNumber: "" },
  });
  useServerErrors(form, FIELDS, refusal);
  const sorted = rewards.data ? [...rewards.data].sort(byRelevance) : undefined;
  const rewardId = useWatch({ control: form.control, name: "rewardId" });
  const chosen = rewards.data?.find((reward) => reward.id === rewardId);

  const review = (values: TRedeemRewardFields) => {
    const reward = rewards.data?.find((entry) => entry.id === values.rewardId);
    const cost = values.stamps ?? reward?.stampsToRedeem;
    onReview(
      { kind: "reward", values },
      <p>
        Redeem <strong className="text-foreground">{reward?.name ?? `reward ${values.rewardId}`}</strong> for{" "}
        <strong className="text-foreground">{member.name}</strong> at{" "}
        <strong className="text-foreground">{storeName(values.storeId)}</strong>.
        {cost === null || cost === undefined
          ? null
          : ` Stamps takes ${formatNumber(cost)} of their ${formatNumber(member.stamps)} stamps.`}
      </p>,
    );
  };

  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(review)(event)} noValidate className="grid gap-5">
        <RefusalAlert refusal={refusal} />
        <FormField
          control={form.control}
          name="rewardId"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Reward</legend>
                <ChoiceList
                  noun="reward"
                  items={sorted}
                  pending={rewards.isPending}
                  error={rewards.error}
                  onRetry={() => void rewards.refetch()}
                  emptyMessage="Stamps lists no rewards for this merchant."
                  text={(reward) => reward.name}
                  renderChoice={(reward) => (
                    <RewardChoice
                      key={reward.id}
                      reward={reward}
                      checked={field.value === reward.id}
                      onChoose={() => field.onChange(reward.id)}
                    />
                  )}
                />
              </fieldset>
              <FormMessage />
            </FormItem>
          )}
        />
        {chosen ? (
          <FormField
            control={form.control}
            name="stamps"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Stamps to spend (flexible rewards only)</FormLabel>
                <FormControl>
                  <Input
                    inputMode="numeric"
                    autoComplete="off"
                    className="sm:max-w-40"
                    placeholder={chosen.stampsToRedeem === null ? undefined : String(chosen.stampsToRedeem)}
                    value={field.value ?? ""}
                    onChange={(event) => field.onChange(digitsToNumber(event.target.value))}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                </FormControl>
                <FormDescription>
                  Leave empty to spend the reward&apos;s price. Only rewards that let the member choose how many stamps
                  to spend use this.
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        ) : null}
        <PlaceFields invoice="optional" />
        <FormDialogFooter submitLabel="Review redemption" onCancel={onCancel} />
      </form>
    </Form>
  );
}
