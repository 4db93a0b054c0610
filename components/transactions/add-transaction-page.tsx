"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ActiveMerchant } from "@/components/console/active-merchant";
import { useMerchant } from "@/components/console/merchant-context";
import { PageHeader } from "@/components/console/page-header";
import { getErrorMessage } from "@/lib/errors";
import { api } from "@/lib/trpc/react";
import { AddTransactionForm } from "./add-transaction-form";
import { stampsText } from "./transaction-bits";

/** "Add transaction" from the member page: a sale the POS did not send. */
export function AddTransactionPage({ memberId }: { memberId: number }) {
  const merchant = useMerchant();
  const member = api.members.get.useQuery({ merchantId: merchant.id, user: String(memberId) });

  return (
    <div className="grid max-w-5xl gap-2">
      <Button asChild variant="ghost" size="sm" className="justify-self-start">
        <Link href={`/members/${memberId}`}>
          <ArrowLeft className="size-4" aria-hidden />
          {member.data?.name ?? "Member"}
        </Link>
      </Button>
      <PageHeader
        title="Add a missed transaction"
        description={
          member.data
            ? `For ${member.data.name} (member ${member.data.id}), who holds ${stampsText(member.data.stamps)} now.`
            : "For a sale the POS did not send to Stamps."
        }
      />
      <ActiveMerchant prefix="Recorded at" />
      {member.isPending ? <Skeleton className="h-96" /> : null}
      {member.error ? (
        <p role="alert" className="rounded-lg border bg-muted/50 p-4 text-sm">
          {getErrorMessage(member.error)}
        </p>
      ) : null}
      {member.data ? <AddTransactionForm member={member.data} /> : null}
    </div>
  );
}
