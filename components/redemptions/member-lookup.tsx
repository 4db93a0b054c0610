"use client";

import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { ZGetMemberInput } from "@/lib/schemas/members";
import { api } from "@/lib/trpc/react";
import type { Member } from "./redemption-hooks";

type Props = {
  initialUser?: string;
  disabled?: boolean;
  /** Shown under the field when the form needs a member and has none. */
  error?: string | null;
  onMember: (member: Member | null) => void;
};

/** Finds the member by email, phone, card number or member ID, and shows who it is before anything happens. */
export function MemberLookup({ initialUser = "", disabled, error, onMember }: Props) {
  const merchant = useMerchant();
  const [text, setText] = useState(initialUser);
  const [user, setUser] = useState(initialUser);
  const [hint, setHint] = useState<string | null>(null);
  const member = api.members.get.useQuery({ merchantId: merchant.id, user }, { enabled: user !== "" });
  const found = user !== "" ? (member.data ?? null) : null;

  useEffect(() => onMember(found), [found, onMember]);

  const find = () => {
    const parsed = ZGetMemberInput.safeParse({ user: text });
    if (!parsed.success) {
      setHint(parsed.error.issues[0]?.message ?? "Enter the member");
      return;
    }
    setHint(null);
    setUser(parsed.data.user);
  };
  const message =
    hint ?? (member.error && user !== "" ? getErrorMessage(member.error) : null) ?? (found ? null : error);

  return (
    <div className="grid gap-2">
      <Label htmlFor="cancel-member">Member</Label>
      <div className="flex gap-2">
        <Input
          id="cancel-member"
          value={text}
          disabled={disabled}
          autoComplete="off"
          placeholder="Email, phone, card number or member ID"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "cancel-member-error" : "cancel-member-help"}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => text.trim() !== user && text.trim() !== "" && find()}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            find();
          }}
        />
        <Button type="button" variant="outline" disabled={disabled} onClick={find}>
          <Search aria-hidden />
          Find
        </Button>
      </div>
      {message ? (
        <p id="cancel-member-error" className="text-sm text-destructive">
          {message}
        </p>
      ) : (
        <p id="cancel-member-help" className="text-sm text-muted-foreground">
          The member whose redemption it is: Stamps&apos; answer is checked against them.
        </p>
      )}
      {user !== "" && member.isPending ? <Skeleton className="h-14" /> : null}
      {found ? (
        <div
          className="flex items-center justify-between gap-3 rounded-md border bg-muted/40 px-3 py-2 text-sm"
          data-testid="cancel-member-found"
        >
          <div className="min-w-0">
            <p className="truncate font-medium">{found.name}</p>
            <p className="truncate text-xs text-muted-foreground">
              Member {found.id}
              {found.email ? ` · ${found.email}` : ""}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-2">
            {found.level ? <Badge variant="secondary">{found.level}</Badge> : null}
            <span className="tabular-nums">{formatNumber(found.stamps)} stamps</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
