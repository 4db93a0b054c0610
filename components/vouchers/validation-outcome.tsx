import { CheckCircle2, XCircle } from "lucide-react";
import { formatDate, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";

type Validation = RouterOutputs["vouchers"]["validate"];

/** Stamps refused without a reason: say so, and what its dates show. */
function noReason(result: Validation, today: string) {
  const { endDate, startDate } = result.voucher ?? {};
  if (endDate && endDate < today)
    return `Stamps did not give a reason. The voucher's validity ended on ${formatDate(endDate)}.`;
  if (startDate && startDate > today)
    return `Stamps did not give a reason. The voucher is valid from ${formatDate(startDate)}.`;
  return "Stamps did not give a reason. It may be used up, cancelled, or limited to other stores or a minimum spend.";
}

export function ValidationOutcome({
  outcome,
  today,
}: {
  outcome: { result: Validation; code: string } | { error: string };
  today: string;
}) {
  if ("error" in outcome) {
    return (
      <p
        role="alert"
        className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
      >
        {outcome.error}
      </p>
    );
  }
  const { result, code } = outcome;
  const voucher = result.voucher;
  return (
    <div
      data-testid="validation-result"
      className={
        result.isRedeemable
          ? "grid gap-3 rounded-lg border border-success/40 bg-success/5 p-4 text-sm"
          : "grid gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4 text-sm"
      }
    >
      <p className="flex items-center gap-2 font-medium">
        {result.isRedeemable ? (
          <CheckCircle2 className="size-5 text-success" aria-hidden />
        ) : (
          <XCircle className="size-5 text-destructive" aria-hidden />
        )}
        <span>
          <span className="font-mono">{code}</span>{" "}
          {result.isRedeemable ? "can be redeemed here" : "cannot be redeemed here"}
        </span>
      </p>
      {!result.isRedeemable ? <p data-testid="validation-reason">{result.reason ?? noReason(result, today)}</p> : null}
      {voucher ? (
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
          <dt className="text-muted-foreground">Voucher</dt>
          <dd>{voucher.name ?? `#${voucher.id}`}</dd>
          <dt className="text-muted-foreground">Gives</dt>
          <dd>{voucher.value === null ? "—" : formatRupiah(voucher.value)}</dd>
          <dt className="text-muted-foreground">Valid</dt>
          <dd>
            {formatDate(voucher.startDate)} – {formatDate(voucher.endDate)}
          </dd>
          {result.owner ? (
            <>
              <dt className="text-muted-foreground">Owner</dt>
              <dd>{[result.owner.name, result.owner.email ?? result.owner.phone].filter(Boolean).join(" · ")}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
