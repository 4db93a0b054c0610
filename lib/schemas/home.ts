import { z } from "@/lib/zod";

export const ZRecordMemberVisitInput = z.object({
  memberId: z.number().int().positive(),
  memberName: z.string().trim().min(1).max(200),
});

export type TRecordMemberVisitInput = z.output<typeof ZRecordMemberVisitInput>;

export const ZStartPage = z.object({
  recentMembers: z.array(z.object({ memberId: z.number(), memberName: z.string(), visitedAt: z.date() })),
  recentActions: z.array(
    z.object({
      id: z.string(),
      createdAt: z.date(),
      action: z.string(),
      target: z.string().nullable(),
      outcome: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  /** Marketing and admins: this merchant's campaigns that are not finished. */
  campaigns: z
    .array(
      z.object({
        id: z.number(),
        name: z.string(),
        templateName: z.string(),
        status: z.string(),
        rowCount: z.number(),
        issued: z.number(),
      }),
    )
    .nullable(),
  /** Admins: changes made by all staff for this merchant per day, oldest day first (merchant's calendar). */
  staffActivity: z
    .object({
      days: z.array(z.object({ date: z.string(), ok: z.number(), failed: z.number() })),
      topStaff: z.array(z.object({ email: z.string(), count: z.number() })),
    })
    .nullable(),
});
export type TStartPage = z.output<typeof ZStartPage>;
