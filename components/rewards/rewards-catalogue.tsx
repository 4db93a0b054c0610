"use client";

import { Gift } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { api } from "@/lib/trpc/react";

/** The rewards members of this merchant can redeem with stamps, cheapest first. */
export function RewardsCatalogue() {
  const merchant = useMerchant();
  const rewards = api.rewards.find.useQuery({ merchantId: merchant.id }, { staleTime: 5 * 60_000 });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Rewards catalogue</CardTitle>
        <CardDescription>
          What {merchant.name} members can redeem with their stamps, as Stamps lists it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {rewards.isPending ? (
          <div className="grid gap-2" aria-busy="true" aria-label="Loading rewards">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} className="h-8" />
            ))}
          </div>
        ) : rewards.error ? (
          <p role="alert" className="text-sm text-destructive">
            Could not load the rewards: {getErrorMessage(rewards.error)}
          </p>
        ) : rewards.data.length === 0 ? (
          <p className="flex flex-col items-center gap-2 py-6 text-center text-sm text-muted-foreground">
            <Gift className="size-6" aria-hidden />
            No rewards are available in Stamps right now.
          </p>
        ) : (
          <Table aria-label="Rewards catalogue">
            <TableHeader>
              <TableRow>
                <TableHead>Reward</TableHead>
                <TableHead>Code</TableHead>
                <TableHead className="text-right">Stamps needed</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rewards.data.map((reward) => (
                <TableRow key={reward.id}>
                  <TableCell className="font-medium">{reward.name}</TableCell>
                  <TableCell className="font-mono text-xs text-muted-foreground">{reward.code ?? "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {reward.stampsNeeded === null ? "—" : formatNumber(reward.stampsNeeded)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
