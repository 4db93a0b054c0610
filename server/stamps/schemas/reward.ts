import { z } from "zod";
import { ZExtraData, ZId, ZOptionalBoolean, ZOptionalCode, ZOptionalNumber, ZOptionalText } from "./common";

/**
 * A reward, from GET rewards/ or a redemption. The rewards document names the cost `stamps_required`
 * in its table and `stamps_to_redeem` in its example; we read either into `stamps_to_redeem`.
 * `redeemable` is only sent when a customer was given.
 */
export const ZStampsReward = z
  .object({
    id: ZId,
    name: ZOptionalText,
    code: ZOptionalCode,
    type: ZOptionalText,
    stamps_to_redeem: ZOptionalNumber,
    stamps_required: ZOptionalNumber,
    image_url: ZOptionalText,
    redeemable: ZOptionalBoolean,
    extra_data: ZExtraData,
  })
  .transform(({ stamps_required, stamps_to_redeem, ...reward }) => ({
    ...reward,
    stamps_to_redeem: stamps_to_redeem ?? stamps_required,
  }));
export type TStampsReward = z.output<typeof ZStampsReward>;
