"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LabeledInput } from "@/components/console/labeled-input";
import { transactionHref } from "./transaction-bits";

const DIGITS = /^\d{1,12}$/;

/** Opens a transaction by its Stamps ID; the member ID is optional and only checked, since Stamps' details don't name one. */
export function FindTransactionForm() {
  const router = useRouter();
  const [transactionId, setTransactionId] = useState("");
  const [memberId, setMemberId] = useState("");
  const [errors, setErrors] = useState<{ transactionId?: string; memberId?: string }>({});

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const id = transactionId.trim().replace(/^#/, "");
    const member = memberId.trim();
    const next = {
      ...(!DIGITS.test(id) || Number(id) === 0
        ? { transactionId: "Enter the transaction ID, a number such as 2374815" }
        : {}),
      ...(member && (!DIGITS.test(member) || Number(member) === 0) ? { memberId: "A member ID is a number" } : {}),
    };
    setErrors(next);
    if (next.transactionId || next.memberId) return;
    router.push(transactionHref(Number(id), member ? Number(member) : undefined));
  }

  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle>Find a transaction by ID</CardTitle>
        <CardDescription>The ID Stamps gave the transaction, e.g. from a POS receipt or a ticket.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
          <LabeledInput
            id="find-transaction-id"
            label="Transaction ID"
            inputMode="numeric"
            value={transactionId}
            onChange={(event) => setTransactionId(event.target.value)}
            error={errors.transactionId}
          />
          <LabeledInput
            id="find-transaction-member"
            label="Member ID (optional)"
            inputMode="numeric"
            value={memberId}
            onChange={(event) => setMemberId(event.target.value)}
            error={errors.memberId}
          />
          <Button type="submit" className="sm:mt-[1.375rem]">
            <Search className="size-4" aria-hidden />
            Open
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
