import { createHash, timingSafeEqual } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { ApiError } from "../http/errors";
import { fieldInvalid, ruleViolation } from "../http/errors";
import { FIELD_REQUIRED } from "../http/validation";
import { sqliteTimestamp } from "../loyalty/business-date";
import type { Membership } from "../members/membership-store";
import type { RequestContext } from "./request-context";

/** Wrong PINs a request_id survives; the third blocks it ("Invalid PIN, 0 attempt(s) left"). */
export const MAX_PIN_ATTEMPTS = 3;

/** Emulator-grade PIN storage: salted with the user id so equal PINs differ. */
export function hashPin(userId: number, pin: string): string {
  return createHash("sha256").update(`stamps-emulator-pin:${userId}:${pin}`).digest("hex");
}

type PinRow = {
  id: number;
  membershipId: number;
  status: "pending" | "authorized" | "blocked" | "used";
  failedAttempts: number;
  expiresAt: string | null;
};

const blocked = () =>
  ruleViolation("request_id", "Too many invalid PIN attempts, this request is blocked", "pin_blocked");
const alreadyUsed = () => ruleViolation("request_id", "This request has already been used", "request_id_used");

export type PinAuthorizations = ReturnType<typeof createPinAuthorizations>;

export function createPinAuthorizations(sqlite: Database) {
  const find = sqlite.prepare<[number, string], PinRow>(
    `SELECT id, membership_id AS membershipId, status, failed_attempts AS failedAttempts, expires_at AS expiresAt
     FROM pin_authorizations WHERE merchant_id = ? AND request_id = ?`,
  );
  const insert = sqlite.prepare<{ merchantId: number; membershipId: number; requestId: string; now: string }>(
    `INSERT INTO pin_authorizations (merchant_id, membership_id, request_id, created_at)
     VALUES (@merchantId, @membershipId, @requestId, @now)`,
  );
  const update = sqlite.prepare<{
    id: number;
    status: PinRow["status"];
    failedAttempts: number;
    authorizedAt: string | null;
    expiresAt: string | null;
    usedAt: string | null;
  }>(
    `UPDATE pin_authorizations SET status = @status, failed_attempts = @failedAttempts,
       authorized_at = coalesce(@authorizedAt, authorized_at), expires_at = coalesce(@expiresAt, expires_at),
       used_at = coalesce(@usedAt, used_at)
     WHERE id = @id`,
  );

  function findOrCreate(ctx: RequestContext, membershipId: number, requestId: string): PinRow {
    const existing = find.get(ctx.merchant.id, requestId);
    if (existing) return existing;
    const id = Number(
      insert.run({ merchantId: ctx.merchant.id, membershipId, requestId, now: ctx.nowText }).lastInsertRowid,
    );
    return { id, membershipId, status: "pending", failedAttempts: 0, expiresAt: null };
  }

  /**
   * Checks the PIN for `requestId` and records the outcome. Returns the error to answer with
   * instead of throwing it, so the caller's transaction commits the counted attempt.
   */
  function authorize(
    ctx: RequestContext,
    member: Membership,
    input: { pin: string; requestId: string; timeout: number },
  ): ApiError | null {
    const row = findOrCreate(ctx, member.id, input.requestId);
    if (row.membershipId !== member.id) {
      return ruleViolation("request_id", "This request belongs to another member", "invalid_request_id");
    }
    if (row.status === "blocked") return blocked();
    if (row.status === "used") return alreadyUsed();
    if (member.pinHash === null) return ruleViolation("pin", "This member has not set a PIN", "pin_not_set");

    if (!pinMatches(member, input.pin)) {
      const failedAttempts = row.failedAttempts + 1;
      const left = Math.max(MAX_PIN_ATTEMPTS - failedAttempts, 0);
      const status = left === 0 ? "blocked" : row.status;
      update.run({ id: row.id, status, failedAttempts, authorizedAt: null, expiresAt: null, usedAt: null });
      return ruleViolation("pin", `Invalid PIN, ${left} attempt(s) left`, "invalid_pin");
    }
    const expiresAt = sqliteTimestamp(new Date(ctx.now.getTime() + input.timeout * 1000));
    update.run({
      id: row.id,
      status: "authorized",
      failedAttempts: 0,
      authorizedAt: ctx.nowText,
      expiresAt,
      usedAt: null,
    });
    return null;
  }

  /**
   * For merchants with PIN authorization: the redemption must name an authorized, unexpired
   * request of the same member, which it uses up. Items of one request may share a request_id
   * (`consumed` holds those already taken by this request).
   */
  function consume(
    ctx: RequestContext,
    membershipId: number,
    requestId: string | undefined,
    consumed: Set<string>,
    field = "request_id",
  ): void {
    if (!ctx.merchant.pinRequired || (requestId !== undefined && consumed.has(requestId))) return;
    if (requestId === undefined) throw fieldInvalid(field, FIELD_REQUIRED);
    const row = find.get(ctx.merchant.id, requestId);
    if (row?.membershipId !== membershipId) {
      throw ruleViolation(field, "This request has not been authorized with the member's PIN", "unauthorized_request");
    }
    if (row.status === "blocked") throw blocked();
    if (row.status === "used") throw alreadyUsed();
    if (row.status !== "authorized") {
      throw ruleViolation(field, "This request has not been authorized with the member's PIN", "unauthorized_request");
    }
    if (row.expiresAt !== null && Date.parse(row.expiresAt) <= ctx.now.getTime()) {
      throw ruleViolation(field, "The PIN authorization of this request has expired", "authorization_expired");
    }
    update.run({
      id: row.id,
      status: "used",
      failedAttempts: row.failedAttempts,
      authorizedAt: null,
      expiresAt: null,
      usedAt: ctx.nowText,
    });
    consumed.add(requestId);
  }

  return { authorize, consume };
}

function pinMatches(member: Membership, pin: string): boolean {
  const expected = Buffer.from(member.pinHash ?? "", "hex");
  const actual = Buffer.from(hashPin(member.userId, pin), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
