import { ArrowRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/format";

/** "50 → 30 stamps", with the difference as a badge. */
export function StampsChange({
  before,
  after,
  testId,
}: {
  before: number | null;
  after: number | null;
  testId?: string;
}) {
  const delta = before !== null && after !== null ? after - before : null;
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid={testId}>
      <span className="text-2xl font-semibold text-muted-foreground tabular-nums" aria-label="Stamps before">
        {before === null ? "?" : formatNumber(before)}
      </span>
      <ArrowRight className="size-5 text-muted-foreground" aria-hidden />
      <span
        className="text-2xl font-semibold tabular-nums"
        aria-label="Stamps after"
        data-testid={testId ? `${testId}-after` : undefined}
      >
        {after === null ? "?" : formatNumber(after)}
      </span>
      {delta !== null && delta !== 0 ? (
        <Badge variant={delta > 0 ? "success" : "secondary"}>
          {delta > 0 ? "+" : "−"}
          {formatNumber(Math.abs(delta))} stamps
        </Badge>
      ) : null}
    </div>
  );
}
