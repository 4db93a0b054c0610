import { z } from "@/lib/zod";

const ZDay = z.iso.date("Enter a date as YYYY-MM-DD");

/**
 * The audit log's filters, as the screen keeps them in its URL and the CSV export reads them back: every one
 * optional, text trimmed, numbers from strings (search params are text).
 */
export const ZAuditFilters = z.object({
  merchantId: z.string().trim().min(1).max(64).optional(),
  /** Part of the staff member's email. */
  staff: z.string().trim().min(1).max(200).optional(),
  /** A Stamps member ID: the events about that member. */
  memberId: z.coerce.number<string | number>("A member ID is a number").int().positive().optional(),
  /** An action key (members.register), or a prefix ending in a dot (members.). */
  action: z.string().trim().min(1).max(100).optional(),
  /** Part of the target (member:123, campaign:7, an email). */
  target: z.string().trim().min(1).max(200).optional(),
  outcome: z.enum(["ok", "refused", "pending"]).optional(),
  /** First and last day (inclusive), in the merchant's time zone. */
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type TAuditFilters = z.output<typeof ZAuditFilters>;
export const AUDIT_FILTER_KEYS = Object.keys(ZAuditFilters.shape) as (keyof TAuditFilters)[];

export const ZFindAuditEventsInput = ZAuditFilters.extend({
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TFindAuditEventsInput = z.input<typeof ZFindAuditEventsInput>;

export const ZAuditEvent = z.object({
  id: z.string(),
  createdAt: z.date(),
  staffEmail: z.string(),
  merchantName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  reason: z.string().nullable(),
  request: z.string(),
  outcome: z.string(),
  message: z.string().nullable(),
  completedAt: z.date().nullable(),
  merchantId: z.string().nullable(),
});

export const ZAuditEventPage = z.object({ events: z.array(ZAuditEvent), nextCursor: z.string().nullable() });

export const ZGetAuditEventInput = z.object({ id: z.string().min(1).max(64) });

export const ZFindMemberActivityInput = z.object({ memberId: z.number().int().positive() });

/** One line of a member's Staff activity. */
export const ZMemberActivity = z.array(
  ZAuditEvent.pick({
    id: true,
    createdAt: true,
    staffEmail: true,
    action: true,
    reason: true,
    outcome: true,
    message: true,
  }),
);
