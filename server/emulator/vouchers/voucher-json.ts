import { channelsOf, hasUsesLeft } from "./voucher-rules";
import type { VoucherRow } from "./voucher-store";

// The voucher objects of the voucher and redemption docs; each endpoint shows a different cut.

/** What the voucher is worth now: a dynamic voucher's remaining value, else its face value. */
export const currentValue = (voucher: VoucherRow) =>
  voucher.template.valueType === "dynamic" ? voucher.remainingValue : voucher.value;

const isActive = (voucher: VoucherRow) => voucher.status === "active" && hasUsesLeft(voucher);

const templateExtraData = (voucher: VoucherRow) =>
  voucher.template.extraData === null ? null : (JSON.parse(voucher.template.extraData) as unknown);

/** vouchers/issue */
export const issuedVoucherJson = (voucher: VoucherRow) => ({
  id: voucher.id,
  start_date: voucher.startDate,
  end_date: voucher.endDate,
  quantity: voucher.quantity,
  notes: voucher.notes,
  value: currentValue(voucher),
});

/** vouchers/by-merchant-group entries and transactions/add-with-redemptions' issued_voucher */
export const voucherListJson = (voucher: VoucherRow) => ({
  id: voucher.id,
  code: voucher.code,
  is_active: isActive(voucher),
  quantity: voucher.quantity,
  value: currentValue(voucher),
  notes: voucher.notes,
  start_date: voucher.startDate,
  end_date: voucher.endDate,
  constraint: { channels: channelsOf(voucher) },
  template: {
    id: voucher.template.id,
    name: voucher.template.name,
    type: voucher.template.type,
    short_description: voucher.template.shortDescription,
    picture_url: voucher.template.pictureUrl,
    landscape_picture_url: voucher.template.landscapePictureUrl,
    merchant_id: voucher.template.merchantId,
    merchant_code: voucher.template.merchantCode,
    extra_data: templateExtraData(voucher),
  },
});

/** vouchers/details */
export function voucherDetailsJson(voucher: VoucherRow) {
  const { template, ...listed } = voucherListJson(voucher);
  return {
    ...listed,
    terms_and_conditions: voucher.template.termsAndConditions,
    template: {
      ...template,
      description: voucher.template.description,
      instructions: voucher.template.instructions,
      terms_and_conditions: voucher.template.termsAndConditions,
    },
  };
}

/** the voucher a reward of type "voucher" hands out (redeem-reward, redeem-multiple-rewards) */
export const rewardVoucherJson = (voucher: VoucherRow) => ({
  id: voucher.id,
  name: voucher.template.name,
  code: voucher.code,
  is_active: isActive(voucher),
  start_date: voucher.startDate,
  end_date: voucher.endDate,
  value: currentValue(voucher),
  picture_url: voucher.template.pictureUrl,
  short_description: voucher.template.shortDescription,
  description: voucher.template.description,
  instructions: voucher.template.instructions,
  terms_and_conditions: voucher.template.termsAndConditions,
});

/** the voucher a redemption used (redeem-voucher, deduct-value) */
export const redeemedVoucherJson = (voucher: VoucherRow) => ({
  id: voucher.id,
  name: voucher.template.name,
  code: voucher.code,
  type: "voucher",
});

/** vouchers/validate */
export const validatedVoucherJson = (voucher: VoucherRow) => ({
  extra_data: templateExtraData(voucher) ?? {},
  id: voucher.id,
  name: voucher.template.name,
  value: currentValue(voucher),
  start_date: voucher.startDate,
  end_date: voucher.endDate,
  validity: voucher.template.validityType === "fixed" ? "Fixed" : "Dynamic",
});
