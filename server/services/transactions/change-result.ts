import type { TTransactionChangeResult } from "@/lib/schemas/transactions";
import type { TStampsCustomerSummary, TStampsMembership, TStampsTransactionResult } from "@/server/stamps";

/** What add, add-or-update and modify answer: the transaction and the `customer` afterwards. */
export function fromCustomerAnswer(answer: {
  transaction: TStampsTransactionResult;
  customer: TStampsCustomerSummary | null;
}): TTransactionChangeResult {
  const { transaction, customer } = answer;
  return {
    transaction: {
      id: transaction.id,
      value: transaction.value,
      stampsEarned: transaction.stamps_earned,
      status: transaction.status,
    },
    member: customer
      ? { id: customer.id, stamps: customer.stamps_remaining, level: customer.status, balance: customer.balance }
      : null,
  };
}

/** What cancel answers: the transaction and the `membership` afterwards (which carries no member ID). */
export function fromMembershipAnswer(
  answer: { transaction: TStampsTransactionResult; membership: TStampsMembership | null },
  memberId: number | undefined,
): TTransactionChangeResult {
  const { transaction, membership } = answer;
  return {
    transaction: {
      id: transaction.id,
      value: transaction.value,
      stampsEarned: transaction.stamps_earned,
      status: transaction.status,
    },
    member: membership
      ? { id: memberId ?? null, stamps: membership.stamps, level: membership.level_text, balance: membership.balance }
      : null,
  };
}
