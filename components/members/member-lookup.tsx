"use client";

import { AlertCircle, Search, UserX } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorCode, getErrorMessage } from "@/lib/errors";
import { ZGetMemberInput } from "@/lib/schemas/members";
import { api } from "@/lib/trpc/react";
import { MemberCard } from "./member-card";

export function MemberLookup() {
  const merchant = useMerchant();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const submitted = searchParams.get("q") ?? "";
  const [text, setText] = useState(submitted);
  const [inputError, setInputError] = useState<string | null>(null);

  const member = api.members.get.useQuery(
    { merchantId: merchant.id, user: submitted },
    { enabled: submitted.length > 0 },
  );

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZGetMemberInput.safeParse({ user: text });
    if (!parsed.success) {
      setInputError(parsed.error.issues[0]?.message ?? "Check what you typed");
      return;
    }
    setInputError(null);
    // The query lives in the URL so Back, reload and shared links show the same member.
    router.push(`${pathname}?${new URLSearchParams({ q: parsed.data.user }).toString()}`);
    if (parsed.data.user === submitted) void member.refetch();
  }

  const notFound = getErrorCode(member.error) === "NOT_FOUND";

  return (
    <div className="grid max-w-3xl gap-6">
      <form onSubmit={submit} role="search" className="flex flex-col gap-2">
        <Label htmlFor="member-query">Find a member</Label>
        <div className="flex gap-2">
          <Input
            id="member-query"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Email, phone, card number or member ID"
            autoComplete="off"
            autoFocus
            aria-invalid={inputError ? true : undefined}
            aria-describedby={inputError ? "member-query-error" : undefined}
          />
          <Button type="submit" loading={member.isFetching}>
            <Search className="size-4" aria-hidden />
            Find
          </Button>
        </div>
        {inputError ? (
          <p id="member-query-error" className="text-destructive text-sm">
            {inputError}
          </p>
        ) : null}
      </form>

      {submitted && member.isPending ? <MemberCardSkeleton /> : null}
      {member.data ? <MemberCard member={member.data} /> : null}
      {member.error ? (
        <div
          data-testid="member-error"
          className={
            notFound
              ? "bg-muted/50 flex items-start gap-3 rounded-lg border p-4"
              : "border-destructive/40 bg-destructive/5 text-destructive flex items-start gap-3 rounded-lg border p-4"
          }
        >
          {notFound ? (
            <UserX className="text-muted-foreground mt-0.5 size-5" aria-hidden />
          ) : (
            <AlertCircle className="mt-0.5 size-5" aria-hidden />
          )}
          <div className="text-sm">
            <p className="font-medium">{notFound ? "No member found" : "Could not look up the member"}</p>
            <p className={notFound ? "text-muted-foreground" : undefined}>{getErrorMessage(member.error)}</p>
          </div>
        </div>
      ) : null}
      {!submitted ? (
        <p className="text-muted-foreground text-sm">
          Stamps finds members by exact email, phone number (+62… or 08…), card number or member ID.
        </p>
      ) : null}
    </div>
  );
}

function MemberCardSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading member">
      <CardHeader>
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-24" />
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid grid-cols-2 gap-4 sm:max-w-md">
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
        <Skeleton className="h-24" />
      </CardContent>
    </Card>
  );
}
