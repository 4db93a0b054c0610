import { CircleAlert } from "lucide-react";
import type { TParsedError } from "@/lib/errors";

/** Stamps' refusal above the form, in words (useServerErrors puts its field errors on the fields). */
export function RefusalAlert({
  refusal,
  title = "Stamps refused this redemption",
}: {
  refusal: TParsedError | null;
  title?: string;
}) {
  if (!refusal) return null;
  return (
    <div
      role="alert"
      data-testid="refusal"
      className="flex gap-3 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
      <div>
        <p className="font-medium text-destructive">{title}</p>
        <p>{refusal.message}</p>
      </div>
    </div>
  );
}
