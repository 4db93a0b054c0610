"use client";

import { UserPlus } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useCanAccess } from "@/components/console/staff-context";
import { MemberSearch } from "./member-search";
import { RegisterMemberDialog } from "./register-member-dialog";

export function MembersHome() {
  const router = useRouter();
  const canRegister = useCanAccess("memberEdit");
  // "Register member…" in the Ctrl+K palette links here with ?register=1.
  const asked = useSearchParams().get("register") === "1";
  const [registerKey, setRegisterKey] = useState<number | null>(null);
  const registering = registerKey !== null || (asked && canRegister);

  return (
    <div className="grid max-w-2xl gap-6">
      <MemberSearch autoFocus onSelect={(memberId) => router.push(`/members/${memberId}`)} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm text-muted-foreground">
          Tip: press <kbd className="rounded border bg-muted px-1 text-xs">Ctrl</kbd> +{" "}
          <kbd className="rounded border bg-muted px-1 text-xs">K</kbd> anywhere to jump to a member.
        </p>
        {canRegister ? (
          <Button variant="outline" onClick={() => setRegisterKey(Date.now())}>
            <UserPlus aria-hidden />
            Register member
          </Button>
        ) : null}
      </div>
      {registering ? (
        <RegisterMemberDialog
          key={registerKey ?? 0}
          open
          onOpenChange={(open) => {
            if (open) return;
            setRegisterKey(null);
            if (asked) router.replace("/members");
          }}
        />
      ) : null}
    </div>
  );
}
