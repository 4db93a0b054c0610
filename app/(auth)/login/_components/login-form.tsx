"use client";

import { AlertCircle } from "lucide-react";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { loginAction, type LoginState } from "../actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, { error: null, email: "" });
  const passwordRef = useRef<HTMLInputElement>(null);
  // The banner speaks of the last attempt: a new one (or the browser stopping an empty field) replaces it.
  const [dismissed, setDismissed] = useState<LoginState | null>(null);
  const error = dismissed === state ? null : state.error;

  // After a refusal the email is kept, so the next thing to type is the password.
  useEffect(() => {
    if (state.error) passwordRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="grid gap-4" noValidate={false} onSubmit={() => setDismissed(state)}>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {error ? (
        <div
          role="alert"
          data-testid="login-error"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>{error}</span>
        </div>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          defaultValue={state.email}
          onInvalid={() => setDismissed(state)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">Password</Label>
        <Input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          onInvalid={() => setDismissed(state)}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="code">Authenticator code</Label>
        <Input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" aria-describedby="code-hint" />
        <p id="code-hint" className="text-xs text-muted-foreground">
          Only if you set up two-factor sign-in. A recovery code works here too.
        </p>
      </div>
      <Button type="submit" loading={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
