import { randomUUID } from "node:crypto";
import type { TAuthorizeRedemptionInput } from "@/lib/schemas/redemptions";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

/** Long enough for the agent to send the redemption right after the member typed the PIN. */
const AUTHORIZATION_SECONDS = 300;

/** Every PIN typed for one member within this window counts against the same request_id. */
export const PIN_ATTEMPT_WINDOW_MS = 15 * 60_000;

/**
 * The open request of this member, or a new one. Chosen on the server, in one transaction, so neither an agent
 * nor a script can start a fresh request_id (and three fresh attempts) for every guess.
 */
async function pinRequestFor(db: PrismaClient, merchantId: string, memberId: number, now: Date) {
  return db.$transaction(async (tx) => {
    const open = await tx.pinRequest.findFirst({
      where: {
        merchantId,
        memberId,
        authorizedAt: null,
        createdAt: { gt: new Date(now.getTime() - PIN_ATTEMPT_WINDOW_MS) },
      },
      orderBy: { createdAt: "desc" },
    });
    return (
      open ?? tx.pinRequest.create({ data: { merchantId, memberId, requestId: `bo-${randomUUID()}`, createdAt: now } })
    );
  });
}

/**
 * redemptions/authorize: the member's PIN approves one request_id, which the redemption then sends.
 * Wrong PINs keep the same request_id, so Stamps counts them and blocks it after the third.
 */
export async function authorizeRedemption(
  db: PrismaClient,
  stamps: StampsClient,
  merchant: { id: string; stampsMerchantId: number },
  input: Omit<TAuthorizeRedemptionInput, "reason">,
  now = new Date(),
): Promise<{ requestId: string }> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const request = await pinRequestFor(db, merchant.id, input.memberId, now);
  await withFormErrors(redemptionRefusals({ fields: { pin: "pinSecret" } }), () =>
    stamps.redemptions.authorize({
      user: member.identifier,
      pin: input.pinSecret,
      request_id: request.requestId,
      timeout: AUTHORIZATION_SECONDS,
    }),
  );
  await db.pinRequest.update({ where: { id: request.id }, data: { authorizedAt: new Date() } });
  return { requestId: request.requestId };
}
