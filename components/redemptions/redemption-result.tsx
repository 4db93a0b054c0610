import { CircleCheck } from "lucide-react";
import { formatNumber } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { StampsChange } from "./stamps-change";
import { VoucherTicket } from "./voucher-ticket";

export type RedemptionResult = RouterOutputs["redemptions"]["redeemReward"];

/** What Stamps answered to a redemption: its ID for the POS, what it cost and what the member has left. */
export function RedemptionResultView({ result, storeName }: { result: RedemptionResult; storeName: string }) {
  return (
    <div className="grid gap-5" data-testid="redemption-result" aria-live="polite">
      <div className="flex items-start gap-3 rounded-lg border border-success/30 bg-success/10 p-4">
        <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
        <div className="text-sm">
          <p className="font-medium">
            Stamps recorded redemption <span data-testid="redemption-id">#{result.redemptionId}</span>
          </p>
          <p className="text-muted-foreground">
            {result.item ?? "Redemption"} for {result.member.name} at {storeName}
            {result.status ? ` · ${result.status}` : ""}
          </p>
        </div>
      </div>
      <div className="grid gap-1">
        <p className="text-xs text-muted-foreground">
          Member&apos;s stamps
          {result.stampsUsed ? ` · ${formatNumber(result.stampsUsed)} used` : " · no stamps used"}
        </p>
        <StampsChange before={result.stampsBefore} after={result.stampsAfter} testId="stamps-change" />
      </div>
      {result.issuedVoucher ? (
        <VoucherTicket voucher={result.issuedVoucher} label="Voucher issued to the member" />
      ) : null}
    </div>
  );
}
