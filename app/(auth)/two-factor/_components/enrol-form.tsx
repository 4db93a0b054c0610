"use client";

import { AlertCircle } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { confirmEnrolmentAction, type EnrolState } from "../actions";

export function EnrolForm({ qrDataUrl, secret }: { qrDataUrl: string; secret: string }) {
  const [state, formAction, pending] = useActionState<EnrolState, FormData>(confirmEnrolmentAction, {
    error: null,
    recoveryCodes: null,
  });

  if (state.recoveryCodes) {
    return (
      <div className="grid gap-4">
        <p className="text-sm">
          Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once in place of a code from
          the app, and they are not shown again.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 rounded-md bg-muted p-3 font-mono text-sm">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button asChild>
          <Link href="/members">Continue to the console</Link>
        </Button>
      </div>
    );
  }

  return (
    <form action={formAction} className="grid gap-4">
      {/* A data: URL made on the server for this page only; next/image has nothing to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={qrDataUrl} alt="QR code for your authenticator app" width={220} height={220} className="mx-auto" />
      <p className="text-sm text-muted-foreground">
        Scan it with an authenticator app, or type this key into it:{" "}
        <code data-testid="totp-secret" className="font-mono break-all text-foreground">
          {secret}
        </code>
      </p>
      {state.error ? (
        <div role="alert" className="flex items-start gap-2 text-sm text-destructive">
          <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>{state.error}</span>
        </div>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="code">Code from the app</Label>
        <Input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required autoFocus />
      </div>
      <Button type="submit" loading={pending}>
        Turn on two-factor sign-in
      </Button>
    </form>
  );
}
