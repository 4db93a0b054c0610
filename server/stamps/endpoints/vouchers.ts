import { z } from "zod";
import type { StampsCall } from "../client";
import { ZChannel, ZNumber, ZPositiveInt, ZStampsDate, orNull } from "../schemas/common";
import { ZStampsCustomerSummary, ZStampsUser } from "../schemas/member";
import { ZStampsVoucher } from "../schemas/voucher";

export const ZStampsIssueVoucherInput = z.object({
  /** Email or member ID. */
  user: z.string().min(1),
  voucher_template: ZPositiveInt,
  start_date: ZStampsDate,
  quantity: ZPositiveInt,
  notes: z.string().optional(),
  /** Required when the template's value is dynamic. */
  value: z.number().positive().optional(),
});
export type TStampsIssueVoucherInput = z.input<typeof ZStampsIssueVoucherInput>;

export const ZStampsValidateVoucherInput = z.object({
  merchant: ZPositiveInt,
  voucher_code: z.string().min(1),
  store: ZPositiveInt,
  /** When given, Stamps also checks that this member owns the voucher. */
  user: z.string().min(1).optional(),
  transaction_value: z.number().nonnegative().optional(),
});
export type TStampsValidateVoucherInput = z.input<typeof ZStampsValidateVoucherInput>;

/** The documents give no form for the image sizes beyond their defaults; they are passed through. */
const ZImageSizes = z.object({
  image_size: z.union([z.string().min(1), ZPositiveInt]).optional(),
  landscape_image_size: z.union([z.string().min(1), ZPositiveInt]).optional(),
});

export const ZStampsVouchersByMerchantGroupInput = z.object({
  user: z.string().min(1),
  ...ZImageSizes.shape,
  channel: ZChannel.optional(),
  per_page: ZPositiveInt.optional(),
  /** The ID of the last voucher of the previous page. */
  last_voucher_id: ZPositiveInt.optional(),
});
export type TStampsVouchersByMerchantGroupInput = z.input<typeof ZStampsVouchersByMerchantGroupInput>;

export const ZStampsVoucherCountInput = z.object({ user: z.string().min(1) });
export type TStampsVoucherCountInput = z.input<typeof ZStampsVoucherCountInput>;

export const ZStampsVoucherDetailsInput = z.object({
  user: z.string().min(1),
  code: z.string().min(1),
  ...ZImageSizes.shape,
});
export type TStampsVoucherDetailsInput = z.input<typeof ZStampsVoucherDetailsInput>;

/** The document's table puts the voucher under `voucher`, its example at the top level; both are read. */
const ZVoucherDetailsResponse = z.union([
  z.object({ voucher: ZStampsVoucher }),
  ZStampsVoucher.transform((voucher) => ({ voucher })),
]);

// Answers' schemas are made once, not per call: zod compiles a schema on its first parse, and a campaign issues
// thousands of vouchers a minute through the same one.
const ZIssueVoucherResponse = z.object({ voucher: ZStampsVoucher, customer: orNull(ZStampsCustomerSummary) });
const ZValidateVoucherResponse = z.object({
  is_redeemable: z.boolean(),
  user: orNull(ZStampsUser),
  voucher: ZStampsVoucher,
  // Why a voucher is not redeemable, in Stamps' usual {"field": "message"} forms.
  errors: z.unknown().optional(),
});
const ZVouchersByMerchantGroupResponse = z.object({ vouchers: z.array(ZStampsVoucher) });
const ZVoucherCountResponse = z.object({ count: ZNumber });

export function voucherEndpoints(call: StampsCall) {
  return {
    /** POST /api/vouchers/issue: gives a member vouchers from a template. */
    issue: async (input: TStampsIssueVoucherInput) =>
      call({
        method: "POST",
        path: "/api/vouchers/issue",
        body: ZStampsIssueVoucherInput.parse(input),
        response: ZIssueVoucherResponse,
      }),

    /** GET /api/vouchers/validate: whether a code can be redeemed at this store. */
    validate: async (input: TStampsValidateVoucherInput) =>
      call({
        method: "GET",
        path: "/api/vouchers/validate",
        query: ZStampsValidateVoucherInput.parse(input),
        response: ZValidateVoucherResponse,
      }),

    /** GET /api/vouchers/by-merchant-group: a member's vouchers across the merchant group. */
    byMerchantGroup: async (input: TStampsVouchersByMerchantGroupInput) =>
      call({
        method: "GET",
        path: "/api/vouchers/by-merchant-group",
        query: ZStampsVouchersByMerchantGroupInput.parse(input),
        response: ZVouchersByMerchantGroupResponse,
      }),

    /** GET /api/vouchers/count-by-merchant-group. */
    countByMerchantGroup: async (input: TStampsVoucherCountInput) =>
      call({
        method: "GET",
        path: "/api/vouchers/count-by-merchant-group",
        query: ZStampsVoucherCountInput.parse(input),
        response: ZVoucherCountResponse,
      }),

    /** GET /api/vouchers/details: one of the member's vouchers, by code. */
    details: async (input: TStampsVoucherDetailsInput) =>
      call({
        method: "GET",
        path: "/api/vouchers/details",
        query: ZStampsVoucherDetailsInput.parse(input),
        response: ZVoucherDetailsResponse,
      }),
  };
}
