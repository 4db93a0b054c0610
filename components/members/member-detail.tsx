"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ActiveMerchant } from "@/components/console/active-merchant";
import { useMerchant } from "@/components/console/merchant-context";
import { useCanAccess } from "@/components/console/staff-context";
import { MemberRedemptionActions } from "@/components/redemptions/member-redemption-actions";
import { MemberRedemptions } from "@/components/redemptions/member-redemptions";
import { MemberRewards } from "@/components/rewards/member-rewards";
import { MemberTransactionActions } from "@/components/transactions/member-transaction-actions";
import { MemberTransactions } from "@/components/transactions/member-transactions";
import { MemberVouchers, MemberVouchersTabLabel } from "@/components/vouchers/member-vouchers";
import { getErrorCode, getErrorMessage } from "@/lib/errors";
import { useUrlState } from "@/lib/hooks/use-url-state";
import { api } from "@/lib/trpc/react";
import { MemberActions } from "./member-actions";
import { MemberActivity } from "./member-activity";
import { MemberCard, MemberCardSkeleton } from "./member-card";

/** One screen for a support agent: who the member is, what they hold, and what happened to them. */
export function MemberDetail({ memberId }: { memberId: number }) {
  const merchant = useMerchant();
  const member = api.members.get.useQuery({ merchantId: merchant.id, user: String(memberId) });
  const canSeeTransactions = useCanAccess("transactions");
  const canSeeRedemptions = useCanAccess("redemptions");
  const { params, set } = useUrlState();
  const tabs = [
    "vouchers",
    ...(canSeeTransactions ? ["transactions"] : []),
    ...(canSeeRedemptions ? ["redemptions"] : []),
    "rewards",
    "activity",
  ];
  const asked = params.get("tab") ?? "";
  const tab = tabs.includes(asked) ? asked : "vouchers";
  const recordVisit = api.home.recordMemberVisit.useMutation();
  const visited = member.data ? `${member.data.id}:${member.data.name}` : null;
  useEffect(() => {
    if (!member.data) return;
    recordVisit.mutate({ merchantId: merchant.id, memberId: member.data.id, memberName: member.data.name });
    // Once per member shown (and again if their name changed), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visited, merchant.id]);

  return (
    <div className="grid max-w-5xl gap-6">
      <Button asChild variant="ghost" size="sm" className="justify-self-start">
        <Link href="/members">
          <ArrowLeft className="size-4" aria-hidden />
          Members
        </Link>
      </Button>
      <ActiveMerchant prefix="Member of" className="-mb-3" />
      {member.isPending ? <MemberCardSkeleton /> : null}
      {member.error ? (
        <div data-testid="member-error" className="rounded-lg border bg-muted/50 p-4 text-sm">
          <p className="font-medium">
            {getErrorCode(member.error) === "NOT_FOUND" ? "No member found" : "Could not load the member"}
          </p>
          <p className="text-muted-foreground">{getErrorMessage(member.error)}</p>
        </div>
      ) : null}
      {member.data ? (
        <>
          <MemberCard
            member={member.data}
            actions={
              <>
                <MemberActions member={member.data} />
                <MemberTransactionActions member={member.data} />
                <MemberRedemptionActions member={member.data} />
              </>
            }
          />
          <Tabs
            value={tab}
            // Only the tab changes: the list filters of the tab left behind leave the address with it.
            onValueChange={(next) =>
              set({
                tab: next === "vouchers" ? null : next,
                from: null,
                to: null,
                channel: null,
                scope: null,
                invoice: null,
                status: null,
                sort: null,
              })
            }
          >
            <TabsList>
              <TabsTrigger value="vouchers">
                <MemberVouchersTabLabel member={member.data} />
              </TabsTrigger>
              {canSeeTransactions ? <TabsTrigger value="transactions">Transactions</TabsTrigger> : null}
              {canSeeRedemptions ? <TabsTrigger value="redemptions">Redemptions</TabsTrigger> : null}
              <TabsTrigger value="rewards">Rewards</TabsTrigger>
              <TabsTrigger value="activity">Staff activity</TabsTrigger>
            </TabsList>
            <TabsContent value="vouchers" className="pt-2">
              <MemberVouchers member={member.data} />
            </TabsContent>
            {canSeeTransactions ? (
              <TabsContent value="transactions" className="pt-2">
                <MemberTransactions member={member.data} />
              </TabsContent>
            ) : null}
            {canSeeRedemptions ? (
              <TabsContent value="redemptions" className="pt-2">
                <MemberRedemptions member={member.data} />
              </TabsContent>
            ) : null}
            <TabsContent value="rewards" className="pt-2">
              <MemberRewards member={member.data} />
            </TabsContent>
            <TabsContent value="activity" className="pt-2">
              <MemberActivity memberId={member.data.id} />
            </TabsContent>
          </Tabs>
        </>
      ) : null}
    </div>
  );
}
