import { z } from "@/lib/zod";

export const ZFindAuditEventsInput = z.object({
  merchantId: z.string().optional(),
  staffEmail: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  target: z.string().trim().max(200).optional(),
  outcome: z.enum(["ok", "error"]).optional(),
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
});

export const ZAuditEventPage = z.object({ events: z.array(ZAuditEvent), nextCursor: z.string().nullable() });

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
