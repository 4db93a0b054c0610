import { randomUUID } from "node:crypto";
import type { TAuthorizeRedemptionInput } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

/** Long enough for the agent to send the redemption right after the member typed the PIN. */
const AUTHORIZATION_SECONDS = 300;

/**
 * redemptions/authorize: the member's PIN approves one request_id, which the redemption then sends.
 * A retry after a wrong PIN keeps the same request_id, so Stamps counts the attempts.
 */
export async function authorizeRedemption(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TAuthorizeRedemptionInput, "reason">,
): Promise<{ requestId: string }> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const requestId = input.requestId ?? `bo-${randomUUID()}`;
  await withFormErrors(redemptionRefusals({ fields: { pin: "pinSecret" } }), () =>
    stamps.redemptions.authorize({
      user: member.identifier,
      pin: input.pinSecret,
      request_id: requestId,
      timeout: AUTHORIZATION_SECONDS,
    }),
  );
  return { requestId };
}
