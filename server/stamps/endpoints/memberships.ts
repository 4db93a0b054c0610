import { z } from "zod";
import type { StampsCall } from "../client";

/** The documents write gender as 1/2, "1"/"2" and "male"/"Female"; we keep one form. */
const ZGender = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value): "male" | "female" | null => {
    const normalized = String(value ?? "").toLowerCase();
    if (normalized === "1" || normalized === "male") return "male";
    if (normalized === "2" || normalized === "female") return "female";
    return null;
  });

const ZOptionalText = z
  .string()
  .nullish()
  .transform((value) => value || null);

export const ZStampsMember = z.object({
  id: z.number().int(),
  name: z.string(),
  email: ZOptionalText,
  identifier: ZOptionalText,
  phone: ZOptionalText,
  birthday: ZOptionalText,
  address: ZOptionalText,
  gender: ZGender,
  stamps: z.number(),
  balance: z.number().nullish().transform((value) => value ?? 0),
  membership_status: ZOptionalText,
  is_active: z.boolean().nullish().transform((value) => value ?? true),
  member_ids: z.array(z.string()).nullish().transform((value) => value ?? []),
});
export type TStampsMember = z.output<typeof ZStampsMember>;

const ZSuggestion = ZStampsMember.omit({ membership_status: true }).extend({ membership: ZOptionalText });
export type TStampsSuggestion = z.output<typeof ZSuggestion>;

export const ZSuggestionsResponse = z.object({ suggestions: z.array(ZSuggestion) });

export function membershipEndpoints(call: StampsCall) {
  return {
    /** GET /api/memberships/status: one member by email, card number, phone or id. */
    status: (query: { user: string; merchant: number }) =>
      call({ method: "GET", path: "/api/memberships/status", query, response: ZStampsMember }),

    /** GET /api/memberships/suggestions: members matching a few typed characters. */
    suggestions: (query: { query: string; merchant: number }) =>
      call({ method: "GET", path: "/api/memberships/suggestions", query, response: ZSuggestionsResponse }),
  };
}
