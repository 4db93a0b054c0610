"use client";

import { useRouter } from "next/navigation";
import { MemberSearch } from "./member-search";

export function MembersHome() {
  const router = useRouter();
  return (
    <div className="grid max-w-2xl gap-6">
      <MemberSearch autoFocus onSelect={(memberId) => router.push(`/members/${memberId}`)} />
      <p className="text-muted-foreground text-sm">
        Tip: press <kbd className="bg-muted rounded border px-1 text-xs">Ctrl</kbd> +{" "}
        <kbd className="bg-muted rounded border px-1 text-xs">K</kbd> anywhere to jump to a member.
      </p>
    </div>
  );
}
