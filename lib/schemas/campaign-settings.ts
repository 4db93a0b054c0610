import { z } from "@/lib/zod";

const ZOptionalLimit = (message: string) =>
  z
    .union([z.coerce.number<string | number>(message).int("A whole number").min(1, message), z.literal(""), z.null()])
    .transform((value) => (value === "" ? null : value));

export const ZCampaignSettingsFields = z.object({
  /** More rows to issue than this needs a second person's approval; empty: no row limit. */
  approvalRowLimit: ZOptionalLimit("Enter a number of rows, 1 or more, or leave it empty"),
  /** Vouchers × value (rupiah) above this needs approval; empty: no value limit. */
  approvalValueLimit: ZOptionalLimit("Enter an amount in rupiah, or leave it empty"),
  concurrency: z.coerce
    .number<string | number>("Enter how many at once")
    .int("A whole number")
    .min(1, "At least 1")
    .max(32, "At most 32"),
  ratePerSecond: z.coerce
    .number<string | number>("Enter requests per second")
    .int("A whole number")
    .min(1, "At least 1")
    .max(500, "At most 500"),
});
export type TCampaignSettingsFields = z.output<typeof ZCampaignSettingsFields>;

export const ZCampaignSettings = z.object({
  approvalRowLimit: z.number().nullable(),
  approvalValueLimit: z.number().nullable(),
  concurrency: z.number(),
  ratePerSecond: z.number(),
  updatedAt: z.date().nullable(),
});
export type TCampaignSettings = z.infer<typeof ZCampaignSettings>;
