import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * A labelled input with its error below, wired for screen readers (aria-invalid, aria-describedby), for the small
 * forms that keep their own state rather than a react-hook-form (those use components/ui/form).
 */
export function LabeledInput({
  id,
  label,
  error,
  ...input
}: { id: string; label: string; error?: string | undefined } & Omit<React.ComponentProps<typeof Input>, "id">) {
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        autoComplete="off"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
