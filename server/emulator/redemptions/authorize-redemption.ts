import type { Stores } from "../db/stores";

export type AuthorizeRequest = { user: string; pin: string; request_id: string; timeout: number };

/**
 * POST /api/redemptions/authorize. A wrong PIN is counted in the same IMMEDIATE transaction that
 * checks it, and the error is thrown only after the commit, so concurrent guesses cannot share
 * an attempt and a failed attempt is never rolled back.
 */
export function createAuthorizeRedemption(deps: Stores) {
  const run = deps.sqlite.transaction((merchantId: number, request: AuthorizeRequest) => {
    const ctx = deps.context.begin(merchantId);
    const member = deps.context.requireMembership(ctx, request.user);
    return deps.pins.authorize(ctx, member, {
      pin: request.pin,
      requestId: request.request_id,
      timeout: request.timeout,
    });
  });
  return (merchantId: number, request: AuthorizeRequest) => {
    const error = run.immediate(merchantId, request);
    if (error) throw error;
    return { status: "ok" };
  };
}
