"use client";

import { KeyRound, ShieldX } from "lucide-react";
import { useRef, useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { getErrorMessage, getUpstreamCode } from "@/lib/errors";
import { ZAuthorizeRedemptionFields } from "@/lib/schemas/redemptions";
import { api } from "@/lib/trpc/react";
import type { Member } from "./redemption-hooks";

type Props = {
  member: Member;
  reason: string;
  onBusyChange: (busy: boolean) => void;
  /** Sends the redemption with the request the member approved. */
  onAuthorized: (requestId: string) => Promise<void>;
  onCancel: () => void;
};

/**
 * The merchant wants the member's PIN: the member types it, Stamps approves one request id, and the
 * redemption is sent with it. Wrong PINs are counted by Stamps on that request id until it blocks it.
 */
export function PinStep({ member, reason, onBusyChange, onAuthorized, onCancel }: Props) {
  const merchant = useMerchant();
  const authorize = api.redemptions.authorize.useMutation();
  const [pin, setPin] = useState("");
  const [pinError, setPinError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  const setRunning = (value: boolean) => {
    running.current = value;
    setBusy(value);
    onBusyChange(value);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (running.current) return;
    const parsed = ZAuthorizeRedemptionFields.shape.pinSecret.safeParse(pin);
    if (!parsed.success) {
      setPinError(parsed.error.issues[0]?.message ?? "The PIN is 6 digits");
      input.current?.focus();
      return;
    }
    setRunning(true);
    setPinError(null);
    setError(null);
    let approved = false;
    try {
      // The server picks the request id, so wrong PINs keep counting against the same one.
      const { requestId } = await authorize.mutateAsync({
        merchantId: merchant.id,
        memberId: member.id,
        pinSecret: parsed.data,
        reason,
      });
      approved = true;
      await onAuthorized(requestId);
    } catch (caught) {
      if (approved) return;
      const code = getUpstreamCode(caught);
      if (code === "pin_blocked") setBlocked(true);
      else if (code === "invalid_pin") setPinError(getErrorMessage(caught));
      else setError(getErrorMessage(caught));
      setPin("");
      requestAnimationFrame(() => input.current?.focus());
    } finally {
      setRunning(false);
    }
  }

  if (blocked) {
    return (
      <div className="grid gap-5">
        <div
          role="alert"
          data-testid="pin-blocked"
          className="flex gap-3 rounded-md border border-destructive/40 bg-destructive/5 p-4 text-sm"
        >
          <ShieldX className="mt-0.5 size-5 shrink-0 text-destructive" aria-hidden />
          <div className="grid gap-1">
            <p className="font-medium text-destructive">PIN request blocked</p>
            <p>
              Stamps blocked this request after too many wrong PINs. Nothing was redeemed and no stamps were taken. Ask{" "}
              {member.name} to check their Stamps PIN (they can reset it in the Stamps app) before trying again.
            </p>
          </div>
        </div>
        <DialogFooter>
          <Button type="button" onClick={onCancel}>
            Close
          </Button>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="grid gap-5">
      <div className="flex gap-3 rounded-md border bg-muted/40 p-4 text-sm">
        <KeyRound className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
        <p>
          {merchant.name} asks members to approve redemptions with their Stamps PIN. Ask {member.name} to type their
          6-digit PIN here. It goes to Stamps only and is never stored.
        </p>
      </div>
      <fieldset disabled={busy} className="grid gap-2">
        <Label htmlFor="member-pin">Member&apos;s PIN</Label>
        <Input
          ref={input}
          id="member-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          autoFocus
          className="max-w-40 font-mono tracking-[0.5em]"
          value={pin}
          onChange={(event) => setPin(event.target.value.replace(/\D/g, "").slice(0, 6))}
          aria-invalid={pinError ? true : undefined}
          aria-describedby={pinError ? "member-pin-error" : undefined}
        />
        {pinError ? (
          <p id="member-pin-error" role="alert" className="text-sm text-destructive">
            {pinError}
          </p>
        ) : null}
      </fieldset>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          {error}
        </p>
      ) : null}
      <DialogFooter>
        <Button type="button" variant="outline" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={busy}>
          Approve and redeem
        </Button>
      </DialogFooter>
    </form>
  );
}
