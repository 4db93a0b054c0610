import { ArrowRight, CircleCheck, Info, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { StampsChange } from "./stamps-change";
import { VoucherTicket } from "./voucher-ticket";

type Canceled = RouterOutputs["redemptions"]["cancel"];

function stampsCaption({ stampsBefore, stampsAfter }: Canceled) {
  if (stampsBefore === null || stampsAfter === null) return "The member's stamps as Stamps holds them now.";
  const back = stampsAfter - stampsBefore;
  if (back > 0) return `${formatNumber(back)} stamps went back to the member.`;
  if (back < 0) return `${formatNumber(-back)} bonus stamps the redemption had given were taken back.`;
  return "Unchanged: this redemption used no stamps.";
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid content-start gap-3 rounded-lg border p-4" aria-label={title}>
      <h3 className="text-sm font-medium text-muted-foreground">{title}</h3>
      {children}
    </section>
  );
}

/** Stamps' answer to a cancel, with the difference it made: stamps back, the replacement voucher. */
export function CancelResult({ result, onAnother }: { result: Canceled; onAnother: () => void }) {
  const { member } = result;
  return (
    <Card data-testid="cancel-result" aria-live="polite">
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-lg">
          <CircleCheck className="size-5 text-success" aria-hidden />
          Redemption #{result.redemptionId} cancelled
        </CardTitle>
        <CardDescription>
          For {member.name} (member {member.id}). Your reason is in the audit log and on the member&apos;s Staff
          activity tab.
        </CardDescription>
        <CardAction>
          <Badge variant="success">
            {!result.status || /^cancell?ed$/i.test(result.status) ? "Cancelled" : result.status}
          </Badge>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        {result.enteredMemberId !== null ? (
          <div role="status" className="flex gap-3 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            <p>
              Stamps says this redemption was {member.name}&apos;s, not member {result.enteredMemberId}&apos;s as
              entered. It was cancelled on {member.name}&apos;s account, and the cancel is logged on both members.
            </p>
          </div>
        ) : null}
        <div className="grid items-start gap-4 md:grid-cols-2">
          <Panel title="Stamps">
            <StampsChange before={result.stampsBefore} after={result.stampsAfter} testId="cancel-stamps" />
            <p className="text-sm text-muted-foreground">{stampsCaption(result)}</p>
          </Panel>
          <Panel title="Replacement voucher">
            {result.replacementVoucher ? (
              <VoucherTicket
                voucher={result.replacementVoucher}
                label="Issued by Stamps in place of the used voucher"
              />
            ) : (
              <p className="text-sm text-muted-foreground">
                {result.replacementRequested
                  ? "None issued: Stamps replaces a voucher only when the redemption used one."
                  : "Not asked for. If the redemption used a voucher, the member can use it again."}
              </p>
            )}
          </Panel>
        </div>
        {result.notice ? (
          <p role="status" className="flex gap-2 text-sm text-muted-foreground">
            <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
            {result.notice}
          </p>
        ) : null}
      </CardContent>
      <CardFooter className="flex flex-wrap justify-between gap-2">
        <Button asChild>
          <Link href={`/members/${member.id}`}>
            Open {member.name}&apos;s vouchers
            <ArrowRight aria-hidden />
          </Link>
        </Button>
        <Button type="button" variant="outline" onClick={onAnother}>
          Cancel another redemption
        </Button>
      </CardFooter>
    </Card>
  );
}
