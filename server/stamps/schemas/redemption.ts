import { z } from "zod";
import { ZExtraData, ZId, ZOptionalNumber, ZOptionalText, orNull } from "./common";
import { ZStampsReward } from "./reward";
import { ZStampsVoucher } from "./voucher";

/**
 * A redemption. `reward` is the reward's name in most answers; the multiple-rewards example sends the
 * key twice, name then object, and a JSON parser keeps the object, so both forms are accepted.
 * `voucher` is only inside the redemption in the multiple-rewards answer.
 */
export const ZStampsRedemption = z.object({
  id: ZId,
  status: ZOptionalText,
  reward: orNull(z.union([z.string(), ZStampsReward])),
  stamps_used: ZOptionalNumber,
  extra_data: ZExtraData,
  voucher: orNull(ZStampsVoucher),
});
export type TStampsRedemption = z.output<typeof ZStampsRedemption>;
