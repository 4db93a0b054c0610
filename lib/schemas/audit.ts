import { z } from "zod";

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
