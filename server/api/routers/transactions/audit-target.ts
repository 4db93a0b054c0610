import { memberTarget } from "@/server/services/audit/find-member-activity";

/** The member when the agent acted from their page (so it shows in their Staff activity), else the transaction. */
export const transactionAuditTarget = (input: { transactionId: number; memberId?: number }) =>
  input.memberId === undefined ? `transaction:${input.transactionId}` : memberTarget(input.memberId);
