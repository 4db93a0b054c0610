import { z } from "@/lib/zod";
import { ZReason, ZStampsDate } from "./common";
import { ZVoucherValueType } from "./voucher-templates";

export const CAMPAIGN_STATUSES = [
  "DRAFT",
  "AWAITING_APPROVAL",
  "READY",
  "RUNNING",
  "PAUSED",
  "CANCELLED",
  "COMPLETED",
] as const;
export const ZCampaignStatus = z.enum(CAMPAIGN_STATUSES);
export type TCampaignStatus = z.infer<typeof ZCampaignStatus>;

export const ROW_STATES = ["SKIPPED", "PENDING", "IN_FLIGHT", "ISSUED", "FAILED", "UNKNOWN"] as const;
export const ZRowState = z.enum(ROW_STATES);
export type TRowState = z.infer<typeof ZRowState>;

export const ZCampaignId = z.object({ campaignId: z.number().int().positive() });

const ZOptionalRupiah = z
  .union([
    z.coerce.number<string | number>("Enter the value in rupiah").int().positive("More than 0"),
    z.literal(""),
    z.null(),
  ])
  .optional()
  .transform((value) => (value === "" || value === undefined ? null : value));

export const ZCampaignFields = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Give the campaign a name of at least 3 characters")
    .max(120, "Keep it under 120 characters"),
  stampsTemplateId: z.number("Choose a voucher template").int().positive("Choose a voucher template"),
  startDate: ZStampsDate,
  defaultQuantity: z.coerce
    .number<string | number>("Enter how many uses each voucher has")
    .int("A whole number")
    .min(1, "At least 1")
    .max(100, "At most 100"),
  defaultValue: ZOptionalRupiah,
  defaultNotes: z
    .string()
    .trim()
    .max(150, "Keep the notes under 150 characters")
    .nullish()
    .transform((value) => value || null),
});
export type TCampaignFields = z.output<typeof ZCampaignFields>;

export const ZUpdateCampaignInput = ZCampaignFields.extend(ZCampaignId.shape);
export type TUpdateCampaignInput = z.output<typeof ZUpdateCampaignInput>;

export const ZCancelCampaignInput = ZCampaignId.extend({ reason: ZReason });

export const CAMPAIGN_SORTS = ["createdAt", "name", "status", "startDate"] as const;
export const ZFindCampaignsInput = z.object({
  search: z.string().trim().max(100).optional(),
  statuses: z.array(ZCampaignStatus).max(CAMPAIGN_STATUSES.length).optional(),
  sort: z.enum(CAMPAIGN_SORTS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type TFindCampaignsInput = z.input<typeof ZFindCampaignsInput>;

export const ZRowCounts = z.object({
  total: z.number(),
  skipped: z.number(),
  pending: z.number(),
  inFlight: z.number(),
  issued: z.number(),
  failed: z.number(),
  unknown: z.number(),
});
export type TRowCounts = z.infer<typeof ZRowCounts>;

const ZStaffRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const ZCampaignListItem = z.object({
  id: z.number(),
  name: z.string(),
  status: ZCampaignStatus,
  templateName: z.string(),
  startDate: z.string(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  createdBy: ZStaffRef,
  counts: ZRowCounts,
});
export const ZCampaignPage = z.object({ campaigns: z.array(ZCampaignListItem), total: z.number() });

export const ZCampaignDetail = ZCampaignListItem.extend({
  stampsTemplateId: z.number(),
  templateValueType: ZVoucherValueType,
  defaultQuantity: z.number(),
  defaultValue: z.number().nullable(),
  defaultNotes: z.string().nullable(),
  approvedBy: ZStaffRef,
  approvedAt: z.date().nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().nullable(),
  fileHeaders: z.array(z.string()).nullable(),
  /** Field → column index, as saved. */
  columnMapping: z.record(z.string(), z.number().nullable()).nullable(),
  rowCount: z.number(),
  dryRunStatus: z.string().nullable(),
  dryRunCheckedAt: z.date().nullable(),
  /** The signed-in staff member created it: they cannot approve it. */
  isCreator: z.boolean(),
});
export type TCampaignDetail = z.infer<typeof ZCampaignDetail>;

export const ROW_OUTCOMES = ["all", "problems", "toIssue", "issued", "failed", "unknown", "notIssued"] as const;
export const ZFindCampaignRowsInput = ZCampaignId.extend({
  outcome: z.enum(ROW_OUTCOMES).default("all"),
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type TRowOutcome = (typeof ROW_OUTCOMES)[number];

export const ZCampaignRowView = z.object({
  rowNumber: z.number(),
  line: z.number(),
  /** What the file said for the member, before normalising. */
  identifier: z.string().nullable(),
  cells: z.array(z.string()),
  quantity: z.number().nullable(),
  value: z.number().nullable(),
  notes: z.string().nullable(),
  state: ZRowState,
  problem: z.string().nullable(),
  memberFound: z.boolean().nullable(),
  voucherId: z.number().nullable(),
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  retryable: z.boolean().nullable(),
  attempts: z.number(),
  issuedAt: z.date().nullable(),
});
export type TCampaignRowView = z.infer<typeof ZCampaignRowView>;
export const ZCampaignRowPage = z.object({ rows: z.array(ZCampaignRowView), total: z.number() });

export const ZCampaignProgress = z.object({
  status: ZCampaignStatus,
  counts: ZRowCounts,
  issuedPerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  /** FAILED rows whose error can change on a new try. */
  retryableFailed: z.number(),
  /** Why the worker paused the campaign itself (Stamps refused the merchant's token); null otherwise. */
  pausedReason: z.string().nullable(),
});
export type TCampaignProgress = z.infer<typeof ZCampaignProgress>;

export const ZPasteRowsInput = ZCampaignId.extend({
  text: z
    .string()
    .min(1, "Paste at least a header row and one member")
    .max(200_000, "Paste at most a few hundred rows; upload a file for more"),
  mode: z.enum(["replace", "append"]).default("replace"),
});

/** What the Preview and Approval steps show: what will be issued, what is skipped and why. */
export const ZCampaignSummaryView = z.object({
  rowCount: z.number(),
  toIssue: z.number(),
  skipped: z.number(),
  skippedByReason: z.array(z.object({ reason: z.string(), count: z.number() })),
  /** Vouchers to issue (rows × quantity) and their value in rupiah (null when the template's value is fixed). */
  vouchers: z.number(),
  totalValue: z.number().nullable(),
  /** Other campaigns of this merchant made from a file with the same content. */
  sameFile: z.array(z.object({ id: z.number(), name: z.string(), status: ZCampaignStatus, createdAt: z.date() })),
  needsApproval: z.boolean(),
  /** Which of the merchant's limits the campaign is above, in plain words. */
  approvalReasons: z.array(z.string()),
});
export type TCampaignSummaryView = z.infer<typeof ZCampaignSummaryView>;
