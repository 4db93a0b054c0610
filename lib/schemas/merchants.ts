import { z } from "@/lib/zod";
import { ZReason } from "./common";

export const TOKEN_TYPES = ["Token", "Bearer"] as const;

/** Control characters would end up in the Authorization header (and a header error in a log line): refused here. */
const ZToken = z
  .string()
  .trim()
  .min(8, "The API token looks too short")
  .max(500)
  .refine(
    (token) => !/[\u0000-\u001f\u007f]/.test(token),
    "The API token must not contain line breaks or other control characters",
  );

/**
 * Stores typed one per line, "<Stamps store number> <name>" ("2 Grand Indonesia"), as an admin
 * would copy them from the Stamps dashboard; parsed into a list with the line of any mistake.
 */
export const ZStoresText = z.string().transform((text, ctx) => {
  const stores: { stampsStoreId: number; name: string }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const match = /^\s*(\d{1,9})\s+(.+?)\s*$/.exec(line);
    if (!match) {
      ctx.addIssue({
        code: "custom",
        message: `Line ${index + 1}: start with the store number, then its name (e.g. "2 Grand Indonesia")`,
      });
      return;
    }
    const stampsStoreId = Number(match[1]);
    if (stores.some((store) => store.stampsStoreId === stampsStoreId)) {
      ctx.addIssue({ code: "custom", message: `Line ${index + 1}: store ${stampsStoreId} is listed twice` });
      return;
    }
    stores.push({ stampsStoreId, name: match[2]!.slice(0, 120) });
  });
  return stores;
});

export function storesToText(stores: { stampsStoreId: number; name: string }[]) {
  return stores.map((store) => `${store.stampsStoreId} ${store.name}`).join("\n");
}

export const ZMerchantFields = z.object({
  stampsMerchantId: z.coerce.number<string | number>().int("A whole number").positive("A positive number"),
  name: z.string().trim().min(1, "Enter the merchant's name").max(120),
  apiBaseUrl: z.string().trim().min(1, "Enter the Stamps API address"),
  tokenType: z.enum(TOKEN_TYPES),
  timeZone: z.string().trim().min(1).default("Asia/Jakarta"),
  stores: ZStoresText.optional(),
});

export const ZCreateMerchantInput = ZMerchantFields.extend({ token: ZToken });
export type TCreateMerchantInput = z.output<typeof ZCreateMerchantInput>;

export const ZUpdateMerchantInput = ZMerchantFields.extend({
  id: z.string().min(1),
  /** Empty keeps the stored token. */
  token: z.union([ZToken, z.literal("")]).optional(),
});
export type TUpdateMerchantInput = z.output<typeof ZUpdateMerchantInput>;

export const ZStore = z.object({ stampsStoreId: z.number(), name: z.string() });
export const ZStores = z.array(ZStore);

/** What an admin sees of a merchant: never the token, only its last 4 characters. */
export const ZMerchant = z.object({
  id: z.string(),
  stampsMerchantId: z.number(),
  name: z.string(),
  apiBaseUrl: z.string(),
  tokenType: z.enum(TOKEN_TYPES),
  tokenLast4: z.string(),
  timeZone: z.string(),
  updatedAt: z.date(),
  stores: ZStores,
});
export type TMerchant = z.infer<typeof ZMerchant>;
export const ZMerchants = z.array(ZMerchant);

export const ZMerchantIdInput = z.object({ id: z.string().min(1) });

/** Removing a merchant: its name typed again, and why. */
export const ZRemoveMerchantInput = ZMerchantIdInput.extend({
  confirmName: z.string().trim().min(1, "Type the merchant's name"),
  reason: ZReason,
});
export type TRemoveMerchantInput = z.output<typeof ZRemoveMerchantInput>;

/** The answer of "Test connection", in plain words; `detail` (status, error kind) goes behind a disclosure. */
export const ZConnectionCheck = z.object({
  ok: z.boolean(),
  message: z.string(),
  detail: z.string().nullable(),
});
export type TConnectionCheck = z.infer<typeof ZConnectionCheck>;
