"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useMerchant } from "@/components/console/merchant-context";
import { useCanAccess } from "@/components/console/staff-context";
import { MemberRedemptionActions } from "@/components/redemptions/member-redemption-actions";
import { MemberRewards } from "@/components/rewards/member-rewards";
import { MemberTransactionActions } from "@/components/transactions/member-transaction-actions";
import { MemberTransactions } from "@/components/transactions/member-transactions";
import { MemberVouchers, MemberVouchersTabLabel } from "@/components/vouchers/member-vouchers";
import { getErrorCode, getErrorMessage } from "@/lib/errors";
import { api } from "@/lib/trpc/react";
import { MemberActions } from "./member-actions";
import { MemberActivity } from "./member-activity";
import { MemberCard, MemberCardSkeleton } from "./member-card";

/** One screen for a support agent: who the member is, what they hold, and what happened to them. */
export function MemberDetail({ memberId }: { memberId: number }) {
  const merchant = useMerchant();
  const member = api.members.get.useQuery({ merchantId: merchant.id, user: String(memberId) });
  const canSeeTransactions = useCanAccess("transactions");

  return (
    <div className="grid max-w-5xl gap-6">
      <Button asChild variant="ghost" size="sm" className="justify-self-start">
        <Link href="/members">
          <ArrowLeft className="size-4" aria-hidden />
          Members
        </Link>
      </Button>
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
          <Tabs defaultValue="vouchers">
            <TabsList>
              <TabsTrigger value="vouchers">
                <MemberVouchersTabLabel member={member.data} />
              </TabsTrigger>
              {canSeeTransactions ? <TabsTrigger value="transactions">Transactions</TabsTrigger> : null}
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
