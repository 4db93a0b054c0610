import { z } from "zod";
import {
  ZExtraData,
  ZId,
  ZOptionalBoolean,
  ZOptionalCode,
  ZOptionalId,
  ZOptionalNumber,
  ZOptionalText,
  orNull,
} from "./common";

/** `type` is a code: STAMPS_VOUCHER_TEMPLATE_TYPES. */
export const ZStampsVoucherTemplate = z.object({
  id: ZId,
  name: ZOptionalText,
  type: ZOptionalNumber,
  short_description: ZOptionalText,
  description: ZOptionalText,
  instructions: ZOptionalText,
  terms_and_conditions: ZOptionalText,
  picture_url: ZOptionalText,
  landscape_picture_url: ZOptionalText,
  merchant_id: ZOptionalId,
  merchant_code: ZOptionalText,
  extra_data: ZExtraData,
});
export type TStampsVoucherTemplate = z.output<typeof ZStampsVoucherTemplate>;

/**
 * A voucher as the voucher and redemption endpoints describe it. Each sends a different subset
 * (a redemption's voucher has `type: "voucher"` and no template), so all but the id may be null.
 */
export const ZStampsVoucher = z.object({
  id: ZId,
  code: ZOptionalCode,
  name: ZOptionalText,
  type: ZOptionalText,
  is_active: ZOptionalBoolean,
  quantity: ZOptionalNumber,
  value: ZOptionalNumber,
  notes: ZOptionalText,
  start_date: ZOptionalText,
  end_date: ZOptionalText,
  validity: ZOptionalText,
  short_description: ZOptionalText,
  description: ZOptionalText,
  instructions: ZOptionalText,
  terms_and_conditions: ZOptionalText,
  picture_url: ZOptionalText,
  extra_data: ZExtraData,
  constraint: orNull(
    z.object({
      channels: z
        .array(z.number().int())
        .nullish()
        .transform((channels) => channels ?? []),
    }),
  ),
  template: orNull(ZStampsVoucherTemplate),
});
export type TStampsVoucher = z.output<typeof ZStampsVoucher>;
