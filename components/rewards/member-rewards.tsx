"use client";

import { Gift } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";

/** The merchant's rewards and whether this member can redeem each one now. */
export function MemberRewards({ member }: { member: RouterOutputs["members"]["get"] }) {
  const merchant = useMerchant();
  const rewards = api.rewards.findMemberRewards.useQuery({ merchantId: merchant.id, memberId: member.id });

  if (rewards.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading rewards">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} className="h-14" />
        ))}
      </div>
    );
  }
  if (rewards.error) {
    return (
      <div role="alert" className="grid gap-2 rounded-lg border bg-muted/50 p-4 text-sm">
        <p className="font-medium">Could not load the rewards</p>
        <p className="text-muted-foreground">{getErrorMessage(rewards.error)}</p>
        <Button variant="outline" size="sm" className="justify-self-start" onClick={() => void rewards.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (rewards.data.rewards.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 py-10 text-center text-sm text-muted-foreground">
        <Gift className="size-6" aria-hidden />
        {merchant.name} has no rewards in Stamps right now.
      </div>
    );
  }

  const { stamps, checkedByStamps } = rewards.data;
  const redeemable = rewards.data.rewards.filter((reward) => reward.redeemable).length;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        With {formatNumber(stamps)} stamps, {member.name} can redeem {formatNumber(redeemable)} of{" "}
        {formatNumber(rewards.data.rewards.length)} rewards now.
        {checkedByStamps
          ? ""
          : " Stamps checks this only for members with an email, so it is worked out from their stamps."}
      </p>
      <ul className="divide-y rounded-lg border" aria-label="Rewards">
        {rewards.data.rewards.map((reward) => (
          <li key={reward.id} className="flex items-center gap-4 px-4 py-3" data-testid="reward-row">
            <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-muted text-muted-foreground">
              <Gift className="size-4" aria-hidden />
            </span>
            <span className="grid min-w-0 flex-1 gap-0.5">
              <span className="truncate text-sm font-medium">{reward.name}</span>
              <span className="text-xs text-muted-foreground">
                {reward.stampsNeeded === null ? "Stamps needed not set" : `${formatNumber(reward.stampsNeeded)} stamps`}
              </span>
            </span>
            {reward.redeemable ? (
              <Badge variant="success">Redeemable</Badge>
            ) : (
              <span className="flex items-center gap-2">
                <span className="hidden text-xs text-muted-foreground sm:inline">
                  {reward.stampsMissing > 0
                    ? `${formatNumber(reward.stampsMissing)} more stamps needed`
                    : "Not available to this member now"}
                </span>
                <Badge variant="secondary">Not yet</Badge>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
