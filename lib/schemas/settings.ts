import { z } from "zod";
import { ROLES } from "@/lib/permissions";

export const TOKEN_TYPES = ["Token", "Bearer"] as const;

const ZToken = z.string().trim().min(8, "The API token looks too short").max(500);

export const ZMerchantFields = z.object({
  stampsMerchantId: z.coerce.number<string | number>().int("A whole number").positive("A positive number"),
  name: z.string().trim().min(1, "Enter the merchant's name").max(120),
  apiBaseUrl: z.string().trim().min(1, "Enter the Stamps API address"),
  tokenType: z.enum(TOKEN_TYPES),
  timeZone: z.string().trim().min(1).default("Asia/Jakarta"),
});

export const ZCreateMerchantInput = ZMerchantFields.extend({ token: ZToken });

export const ZUpdateMerchantInput = ZMerchantFields.extend({
  id: z.string().min(1),
  /** Empty keeps the stored token. */
  token: z.union([z.literal(""), ZToken]).optional(),
});

const ZPassword = z.string().min(12, "Use at least 12 characters").max(200);

export const ZCreateStaffInput = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  password: ZPassword,
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
});

export const ZUpdateStaffInput = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
  password: z.union([z.literal(""), ZPassword]).optional(),
});
