import { z } from "zod";
import { ZGender, ZId, ZOptionalBoolean, ZOptionalId, ZOptionalNumber, ZOptionalText } from "./common";

/** GET memberships/status. */
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
  balance: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  membership_status: ZOptionalText,
  is_active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  member_ids: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
});
export type TStampsMember = z.output<typeof ZStampsMember>;

/** One of GET memberships/suggestions: the member, with the level called `membership`. */
export const ZStampsSuggestion = ZStampsMember.omit({ membership_status: true }).extend({ membership: ZOptionalText });
export type TStampsSuggestion = z.output<typeof ZStampsSuggestion>;

/** The `customer` that memberships/register and memberships/change answer with. */
export const ZStampsCustomer = z.object({
  id: ZId,
  name: z.string(),
  email: ZOptionalText,
  identifier: ZOptionalText,
  member_id: ZOptionalText,
  phone: ZOptionalText,
  birthday: ZOptionalText,
  gender: ZGender,
  address: ZOptionalText,
});
export type TStampsCustomer = z.output<typeof ZStampsCustomer>;

/**
 * The short `customer` after a transaction, redemption or voucher issue. Each endpoint sends a different
 * subset (status is the level name, e.g. "Blue"), so all but the id may be null.
 */
export const ZStampsCustomerSummary = z.object({
  id: ZId,
  status: ZOptionalText,
  stamps_remaining: ZOptionalNumber,
  balance: ZOptionalNumber,
  mobile_phone: ZOptionalText,
  email: ZOptionalText,
});
export type TStampsCustomerSummary = z.output<typeof ZStampsCustomerSummary>;

/**
 * The `membership` object. Older endpoints put the level code in `status` (10, 100) with `status_text`;
 * newer ones send `level` and `level_text` and use `status` for the word "Active". We keep one form:
 * `level`/`level_text` for the level, `status` only for the word.
 */
export const ZStampsMembership = z
  .object({
    tags: z.array(z.unknown()).nullish(),
    status: z.union([z.number(), z.string()]).nullish(),
    status_text: ZOptionalText,
    level: ZOptionalNumber,
    level_text: ZOptionalText,
    stamps: ZOptionalNumber,
    balance: ZOptionalNumber,
    is_blocked: ZOptionalBoolean,
    referral_code: ZOptionalText,
    start_date: ZOptionalText,
    created: ZOptionalText,
  })
  .transform(({ status, status_text, level, level_text, tags, ...rest }) => ({
    level: level ?? (typeof status === "number" ? status : null),
    level_text: level_text ?? status_text,
    status: typeof status === "string" ? status || null : null,
    tags: tags ?? [],
    ...rest,
  }));
export type TStampsMembership = z.output<typeof ZStampsMembership>;

/** The `user` in promo-code redemptions and voucher validation; validation leaves out the id. */
export const ZStampsUser = z.object({
  id: ZOptionalId,
  name: ZOptionalText,
  email: ZOptionalText,
  phone: ZOptionalText,
  gender: ZGender,
  birthday: ZOptionalText,
  address: ZOptionalText,
  picture_url: ZOptionalText,
  is_active: ZOptionalBoolean,
});
export type TStampsUser = z.output<typeof ZStampsUser>;
