"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A password shown once: the admin copies it and hands it over; it is not shown again. */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(password);
    setCopied(true);
  };
  return (
    <div className="grid gap-3">
      <p className="text-sm">
        Give <strong>{email}</strong> this one-time password. They sign in with it once and must then choose their own.
        It is shown only now: copy it before closing.
      </p>
      <div className="flex items-center gap-2 rounded-md border bg-muted p-3">
        <code data-testid="one-time-password" className="flex-1 font-mono text-base tracking-wide break-all">
          {password}
        </code>
        <Button type="button" variant="outline" size="sm" onClick={() => void copy()}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
