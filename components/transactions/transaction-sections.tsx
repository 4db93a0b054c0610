"use client";

import { UserRound } from "lucide-react";
import Link from "next/link";
import { useMerchant } from "@/components/console/merchant-context";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import type { TTransactionDetail } from "@/lib/schemas/transactions";
import { stampsText } from "./transaction-bits";

/** Who the transaction belongs to, when Stamps confirms it. */
export function TransactionMemberCard({
  transaction,
  askedFor,
}: {
  transaction: TTransactionDetail;
  askedFor: number | undefined;
}) {
  const { member } = transaction;
  const merchant = useMerchant();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <UserRound className="size-4" aria-hidden />
          Member
        </CardTitle>
      </CardHeader>
      <CardContent className="text-sm" data-testid="transaction-member">
        {member ? (
          <div className="grid gap-1">
            <Link
              href={`/members/${member.id}`}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              {member.name}
            </Link>
            <span className="text-muted-foreground">
              Member ID {member.id}
              {member.level ? ` · ${member.level}` : ""}
            </span>
            <span className="tabular-nums">Holds {stampsText(member.stamps)} now</span>
          </div>
        ) : transaction.recorded ? (
          <div className="grid gap-1">
            <Link
              href={`/members/${transaction.recorded.memberId}`}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              {transaction.recorded.memberName ?? `Member ${transaction.recorded.memberId}`}
            </Link>
            <span className="text-muted-foreground">
              From the back office&apos;s records; Stamps no longer lists it among this member&apos;s transactions.
            </span>
          </div>
        ) : transaction.status === "Open" ? (
          <p className="text-muted-foreground">An open transaction: it was recorded without a member.</p>
        ) : askedFor ? (
          <p className="text-muted-foreground">This transaction is not one of member {askedFor}&apos;s.</p>
        ) : (
          <p className="text-muted-foreground">
            Stamps&apos; transaction details don&apos;t name the member. Open it from the member&apos;s Transactions tab
            to see who it belongs to.
          </p>
        )}
        {transaction.recorded ? (
          <p className="mt-3 text-xs text-muted-foreground" data-testid="transaction-recorded">
            Added through the back office by {transaction.recorded.staffEmail} on{" "}
            {formatDateTime(transaction.recorded.createdAt, merchant.timeZone)}.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The items and payments of a transaction, as Stamps' details list them. */
export function TransactionLines({ transaction: t }: { transaction: TTransactionDetail }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Items</CardTitle>
        </CardHeader>
        <CardContent>
          {t.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              Stamps has no items for this sale.
              {t.status !== "Canceled" ? " Use Record items to add them from the receipt." : ""}
            </p>
          ) : (
            <Table aria-label="Items">
              <TableHeader>
                <TableRow>
                  <TableHead>Product</TableHead>
                  <TableHead className="text-right">Quantity</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {t.items.map((item, index) => (
                  <TableRow key={item.id ?? index}>
                    <TableCell>{item.name ?? "—"}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(item.quantity)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Payments</CardTitle>
        </CardHeader>
        <CardContent>
          {t.payments.length === 0 ? (
            <p className="text-sm text-muted-foreground">No payments were sent with this sale.</p>
          ) : (
            <Table aria-label="Payments">
              <TableHeader>
                <TableRow>
                  <TableHead>Method</TableHead>
                  <TableHead className="text-right">Value</TableHead>
                  <TableHead className="text-right">Stamps</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {t.payments.map((payment, index) => (
                  <TableRow key={payment.id ?? index}>
                    <TableCell>
                      <Badge variant="secondary">{payment.method ?? "—"}</Badge>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatRupiah(payment.value)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {payment.stamps === null ? "—" : formatNumber(payment.stamps)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
