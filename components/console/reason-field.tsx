"use client";

import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { REASONS, type TReasonAction } from "@/lib/reasons";
import { cn } from "@/lib/utils";

/**
 * The one reason field of every action that changes Stamps: the action's common reasons as choices, and free text
 * (a choice fills the text, which can then take a ticket number). Required or optional as the action's spec says.
 */
export function ReasonField({
  action,
  value,
  onChange,
  error,
  id = "action-reason",
  autoFocus,
}: {
  action: TReasonAction;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  id?: string;
  autoFocus?: boolean;
}) {
  const spec = REASONS[action];
  const chosen = (choice: string) => value.trim().startsWith(choice);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>
        {spec.optional ? "Reason (optional, kept in the audit log)" : "Reason (kept in the audit log)"}
      </Label>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Common reasons">
        {spec.choices.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={chosen(choice)}
            onClick={() => onChange(chosen(choice) ? "" : choice)}
            className={cn(
              "rounded-full border px-2.5 py-1 text-xs transition-colors outline-none hover:bg-muted focus-visible:ring-[3px] focus-visible:ring-ring/50",
              chosen(choice) && "border-primary bg-primary/10 text-foreground",
            )}
          >
            {choice}
          </button>
        ))}
      </div>
      <Textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={2}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={spec.example}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
