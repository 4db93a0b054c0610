"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { getUpstreamCode, parseError, type TParsedError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { api } from "@/lib/trpc/react";
import { PromoCodeRedeemForm, VoucherCodeRedeemForm } from "./code-redeem-forms";
import { PinStep } from "./pin-step";
import type { RedeemFormProps, RedeemKind, RedeemRequest } from "./redeem-form-types";
import { useRedemptionRefresh, useStoreName, type Member } from "./redemption-hooks";
import { RedemptionResultView, type RedemptionResult } from "./redemption-result";
import { RewardRedeemForm } from "./reward-redeem-form";
import { VoucherRedeemForm } from "./voucher-redeem-form";

const KINDS: Record<RedeemKind, { title: string; Form: (props: RedeemFormProps) => React.ReactNode }> = {
  reward: { title: "Redeem a reward", Form: RewardRedeemForm },
  voucher: { title: "Redeem a voucher", Form: VoucherRedeemForm },
  promoCode: { title: "Redeem a promo code", Form: PromoCodeRedeemForm },
  voucherCode: { title: "Redeem a voucher code", Form: VoucherCodeRedeemForm },
};

type Step =
  | { name: "form" }
  | { name: "pin"; request: RedeemRequest; reason: string }
  | { name: "result"; result: RedemptionResult; storeId: number };

type Review = { request: RedeemRequest; summary: React.ReactNode; key: number };

/**
 * Redeems for a member at a store, for an agent fixing what a POS failed to do: the form, a
 * confirmation with a reason, the member's PIN when the merchant asks for one, then Stamps' answer.
 * Mount it with a new `key` each time it opens.
 */
export function RedeemDialog({
  kind,
  member,
  open,
  onOpenChange,
}: {
  kind: RedeemKind;
  member: Member;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const merchant = useMerchant();
  const refresh = useRedemptionRefresh();
  const storeName = useStoreName();
  const mutations = {
    reward: api.redemptions.redeemReward.useMutation(),
    voucher: api.redemptions.redeemVoucher.useMutation(),
    promoCode: api.redemptions.redeemPromoCode.useMutation(),
    voucherCode: api.redemptions.redeemVoucherCode.useMutation(),
  };
  const [step, setStep] = useState<Step>({ name: "form" });
  const [refusal, setRefusal] = useState<TParsedError | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [pinBusy, setPinBusy] = useState(false);
  const busy = pinBusy || Object.values(mutations).some((mutation) => mutation.isPending);
  const { title, Form } = KINDS[kind];

  function send(request: RedeemRequest, reason: string, requestId?: string) {
    const scope = { merchantId: merchant.id, memberId: member.id, reason };
    switch (request.kind) {
      case "reward":
        return mutations.reward.mutateAsync({ ...scope, ...request.values, requestId });
      case "voucher":
        return mutations.voucher.mutateAsync({ ...scope, ...request.values, requestId });
      case "promoCode":
        return mutations.promoCode.mutateAsync({ ...scope, ...request.values, requestId });
      case "voucherCode":
        return mutations.voucherCode.mutateAsync({ ...scope, ...request.values });
    }
  }

  async function redeem(request: RedeemRequest, reason: string, requestId?: string) {
    try {
      const result = await send(request, reason, requestId);
      setRefusal(null);
      setStep({ name: "result", result, storeId: request.values.storeId });
      toast.success(`Stamps recorded redemption #${result.redemptionId}`);
    } catch (error) {
      const needsPin = getUpstreamCode(error) === "pin_required";
      if (needsPin && request.kind !== "voucherCode" && requestId === undefined) {
        setStep({ name: "pin", request, reason });
      } else {
        const base = parseError(error);
        setRefusal(
          needsPin && request.kind === "voucherCode"
            ? {
                ...base,
                message:
                  "This merchant asks for the member's PIN, which a voucher-code redemption cannot carry. Redeem it from Redeem… → A voucher instead.",
              }
            : base,
        );
        setStep({ name: "form" });
      }
    } finally {
      void refresh();
    }
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={busy}
      title={step.name === "pin" ? "Member's PIN needed" : step.name === "result" ? "Redemption recorded" : title}
      description={`For ${member.name} · ${formatNumber(member.stamps)} stamps now`}
      // The reward and voucher lists load after opening: focus the form's first field if it asks for it,
      // else the dialog itself, so Tab reaches the lists before the store picker.
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        const content = event.currentTarget as HTMLElement;
        (content.querySelector<HTMLElement>("[data-autofocus]") ?? content).focus();
      }}
    >
      {step.name === "form" ? (
        <Form
          member={member}
          refusal={refusal}
          onCancel={() => onOpenChange(false)}
          onReview={(request, summary) => setReview({ request, summary, key: Date.now() })}
        />
      ) : null}
      {step.name === "pin" ? (
        <PinStep
          member={member}
          reason={step.reason}
          onBusyChange={setPinBusy}
          onAuthorized={(requestId) => redeem(step.request, step.reason, requestId)}
          onCancel={() => onOpenChange(false)}
        />
      ) : null}
      {step.name === "result" ? (
        <>
          <RedemptionResultView result={step.result} storeName={storeName(step.storeId)} />
          <DialogFooter>
            <Button type="button" onClick={() => onOpenChange(false)} autoFocus>
              Done
            </Button>
          </DialogFooter>
        </>
      ) : null}
      {review ? (
        <ConfirmActionDialog
          reasonFor="redemption.redeem"
          key={review.key}
          open
          onOpenChange={(next) => !next && setReview(null)}
          title={`${title}?`}
          confirmLabel="Redeem"
          onConfirm={async (reason) => {
            await redeem(review.request, reason);
            setReview(null);
          }}
        >
          {review.summary}
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}
