// What an audit event is about, written one way so each page's history finds its own events.

/** One Stamps member: their page's Staff activity lists the events with this target. */
export const memberTarget = (memberId: number | string) => `member:${memberId}`;

/** The member when the agent acted from their page (so it shows in their Staff activity), else the transaction. */
export const transactionTarget = (input: { transactionId: number; memberId?: number }) =>
  input.memberId === undefined ? `transaction:${input.transactionId}` : memberTarget(input.memberId);

/** A merchant, by its Stamps merchant id. */
export const merchantTarget = (stampsMerchantId: number) => `merchant:${stampsMerchantId}`;

/** A staff account. */
export const staffTarget = (staffId: string) => `staff:${staffId}`;
