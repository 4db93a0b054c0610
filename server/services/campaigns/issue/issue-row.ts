import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import {
  type StampsClient,
  StampsApiError,
  StampsError,
  StampsNetworkError,
  StampsResponseError,
  StampsTimeoutError,
} from "@/server/stamps";
import { toAppError } from "@/server/stamps/to-app-error";
import { notesHaveKey, voucherNotes } from "../operation-key";
import type { CallLimiter } from "../rate-limiter";
import { type ClaimedRow, markInFlight, type RowOutcome } from "./row-store";

/** What issuing needs of the campaign. */
export type IssuingCampaign = {
  id: number;
  stampsMerchantId: number;
  stampsTemplateId: number;
  startDate: string;
  defaultQuantity: number;
  defaultValue: number | null;
  defaultNotes: string | null;
};

export type IssueContext = {
  db: PrismaClient;
  stamps: StampsClient;
  limiter: CallLimiter;
  campaign: IssuingCampaign;
  workerId: string;
  leaseMs: number;
  /** false once the campaign stopped issuing (cancelled, paused): rows are only reconciled. */
  issuing: () => boolean;
  /**
   * How long after its call "no voucher with the key" proves a row was not issued. Stamps lists a member's usable
   * vouchers only, so a voucher issued and used up (or expired) since would not show: after this the row is not
   * issued again on its own but FAILED (retryable) for staff to check.
   */
  reconcileWindowMs: number;
  signal?: AbortSignal;
};

/** A claimed row to settle; `reconcile` when its outcome is not known yet (look for its voucher first). */
export type WorkItem = { row: ClaimedRow; reconcile: boolean };

/**
 * The row's outcome; or "requeue": nothing was issued and the row should be tried again after the backoff; or
 * "refused": Stamps refused the merchant's token (401/403), nothing was done for this row, and the campaign must
 * pause until staff replace the token.
 */
export type SettleResult =
  { outcome: RowOutcome } | { requeue: WorkItem } | { refused: WorkItem; error: StampsApiError } | { lost: true };

/** What staff read on the campaign page when Stamps refuses the token. */
export const TOKEN_REFUSED_REASON = "Stamps refused this merchant's API token; replace it in Settings, then resume.";

/** Stamps refused the token itself (not this row): 401, or 403 without a field error about the request. */
export function isTokenRefused(error: unknown): error is StampsApiError {
  return error instanceof StampsApiError && (error.status === 401 || error.status === 403);
}

const PAGE_SIZE = 50;
const MAX_PAGES = 1000;

/** Settles one claimed row: reconcile if needed, then issue. Never throws for a Stamps failure. */
export async function settleRow(ctx: IssueContext, item: WorkItem): Promise<SettleResult> {
  const { row } = item;
  let memberId = row.memberId;

  // A phone number is not an identifier vouchers/issue takes: find the member first, and keep their Stamps ID.
  let user: string;
  if (memberId !== null) user = String(memberId);
  else if (row.identifier === null) {
    return { outcome: failed(row, memberId, "This row has no member identifier.", "no_identifier", false) };
  } else if (row.identifier.startsWith("+")) {
    try {
      const member = await limited(ctx, () =>
        ctx.stamps.memberships.status({ user: row.identifier!, merchant: ctx.campaign.stampsMerchantId }),
      );
      memberId = member.id;
      row.memberId = member.id;
      user = String(member.id);
    } catch (error) {
      if (isMemberNotFound(error)) {
        return {
          outcome: failed(
            row,
            null,
            `No Stamps member has the phone number ${row.identifier}.`,
            "member_not_found",
            false,
          ),
        };
      }
      if (isTokenRefused(error)) return { refused: item, error };
      if (isPushBack(error) || error instanceof StampsError) {
        if (error instanceof StampsApiError && error.status < 500 && error.status !== 429) {
          return { outcome: failed(row, null, plainWords(error), codeOf(error), true) };
        }
        return { requeue: item };
      }
      throw error;
    }
  } else user = row.identifier;

  const key = { campaignId: ctx.campaign.id, rowNumber: row.rowNumber };

  if (item.reconcile) {
    let voucherId: number | null;
    try {
      voucherId = await findIssuedVoucher(ctx, user, key);
    } catch (error) {
      if (isTokenRefused(error)) return { refused: item, error };
      const backoff = ctx.limiter.backoffMs() || 1000;
      return {
        outcome: {
          rowNumber: row.rowNumber,
          state: "UNKNOWN",
          error: `Could not check with Stamps whether this voucher was issued: ${plainWords(error)}`,
          errorCode: codeOf(error),
          notBefore: new Date(Date.now() + backoff),
          memberId,
        },
      };
    }
    if (voucherId !== null) return { outcome: { rowNumber: row.rowNumber, state: "ISSUED", voucherId, memberId } };
    // Not found long after the call: the voucher may exist and have been used up since (Stamps lists usable
    // vouchers only). Issuing again could give a second one: staff check the member first.
    if (row.sentAt !== null && Date.now() - row.sentAt.getTime() > ctx.reconcileWindowMs) {
      return {
        outcome: failed(
          row,
          memberId,
          "Stamps did not answer when this voucher was issued, and it was not among the member's usable vouchers " +
            "when checked later: it may have been issued and already used. It was not issued again; check the " +
            "member's vouchers and retry only if they did not get it.",
          "outcome_unknown",
          true,
        ),
      };
    }
    if (!ctx.issuing()) return { outcome: { rowNumber: row.rowNumber, state: "PENDING", memberId } };
    // Not issued: it may be issued now, after saving IN_FLIGHT again.
    if (!(await markInFlight(ctx.db, { ...key, workerId: ctx.workerId, leaseMs: ctx.leaseMs }))) return { lost: true };
  }

  const campaign = ctx.campaign;
  const value = row.value ?? campaign.defaultValue;
  try {
    const answer = await limited(ctx, () =>
      ctx.stamps.vouchers.issue({
        user,
        voucher_template: campaign.stampsTemplateId,
        start_date: row.startDate ?? campaign.startDate,
        quantity: row.quantity ?? campaign.defaultQuantity,
        notes: voucherNotes(row.notes ?? campaign.defaultNotes, campaign.id, row.rowNumber),
        ...(value !== null && { value }),
      }),
    );
    return { outcome: { rowNumber: row.rowNumber, state: "ISSUED", voucherId: answer.voucher.id, memberId } };
  } catch (error) {
    // Refused before Stamps did anything: the row goes back, untouched, and the campaign pauses.
    if (isTokenRefused(error)) return { refused: { row, reconcile: false }, error };
    if (error instanceof StampsApiError && error.status === 429) {
      // Throttled before Stamps did anything: the same row goes again after the backoff, no reconcile needed.
      return { requeue: { row, reconcile: false } };
    }
    if (error instanceof StampsApiError && error.status < 500) {
      const notFound = isMemberNotFound(error);
      return {
        outcome: failed(
          row,
          memberId,
          notFound ? `No Stamps member has the identifier ${row.identifier ?? user}.` : plainWords(error),
          codeOf(error),
          !notFound,
        ),
      };
    }
    // 5xx, timeout, dropped connection, unreadable answer, or anything unexpected: the voucher may exist.
    if (!(error instanceof StampsError)) {
      logger.error("campaigns.issue_unexpected_error", {
        campaignId: campaign.id,
        rowNumber: row.rowNumber,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    const backoff = ctx.limiter.backoffMs() || 1000;
    return {
      outcome: {
        rowNumber: row.rowNumber,
        state: "UNKNOWN",
        error: `${plainWords(error)} Whether the voucher was issued is checked before it is tried again.`,
        errorCode: codeOf(error),
        notBefore: new Date(Date.now() + backoff),
        memberId,
      },
    };
  }
}

/**
 * The voucher this row issued, if Stamps has it: the member's vouchers across the merchant group, page by page
 * (last_voucher_id), looking for the operation key in the notes.
 */
export async function findIssuedVoucher(
  ctx: Pick<IssueContext, "stamps" | "limiter" | "signal">,
  user: string,
  key: { campaignId: number; rowNumber: number },
): Promise<number | null> {
  let lastVoucherId: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    let vouchers;
    try {
      ({ vouchers } = await limited(ctx, () =>
        ctx.stamps.vouchers.byMerchantGroup({ user, per_page: PAGE_SIZE, last_voucher_id: lastVoucherId }),
      ));
    } catch (error) {
      // No such member: no voucher can have been issued to them.
      if (isMemberNotFound(error)) return null;
      throw error;
    }
    const found = vouchers.find((voucher) => notesHaveKey(voucher.notes, key.campaignId, key.rowNumber));
    if (found) return found.id;
    if (vouchers.length < PAGE_SIZE) return null;
    const last = vouchers.at(-1)!.id;
    if (lastVoucherId !== undefined && last <= lastVoucherId) return null;
    lastVoucherId = last;
  }
  throw new Error(`The member ${user} has more than ${PAGE_SIZE * MAX_PAGES} vouchers`);
}

/** One Stamps call under the merchant's limits; pushes the limiter back on 429, 5xx and timeouts. */
async function limited<T>(ctx: Pick<IssueContext, "limiter" | "signal">, call: () => Promise<T>): Promise<T> {
  await ctx.limiter.acquire(ctx.signal);
  try {
    const result = await call();
    ctx.limiter.succeeded();
    return result;
  } catch (error) {
    if (isPushBack(error)) ctx.limiter.slowDown();
    throw error;
  } finally {
    ctx.limiter.release();
  }
}

function isPushBack(error: unknown): boolean {
  return (
    (error instanceof StampsApiError && (error.status === 429 || error.status >= 500)) ||
    error instanceof StampsTimeoutError ||
    error instanceof StampsNetworkError
  );
}

function isMemberNotFound(error: unknown): boolean {
  if (!(error instanceof StampsApiError)) return false;
  if (error.status === 404) return true;
  return error.status === 400 && /not found/i.test(error.fieldErrors.user ?? error.fieldErrors.identifier ?? "");
}

function failed(row: ClaimedRow, memberId: number | null, error: string, errorCode: string, retryable: boolean) {
  return { rowNumber: row.rowNumber, state: "FAILED" as const, error, errorCode, retryable, memberId };
}

/** Stamps' error as a sentence: its field messages when it gave any, else the back office's usual wording. */
function plainWords(error: unknown): string {
  if (error instanceof StampsApiError && error.status < 500 && Object.keys(error.fieldErrors).length > 0) {
    return Object.values(error.fieldErrors)
      .map((message) => (/[.!?]$/.test(message) ? message : `${message}.`))
      .join(" ");
  }
  const appError = toAppError(error);
  if (appError) return appError.userMessage;
  return "Something unexpected went wrong while issuing.";
}

function codeOf(error: unknown): string {
  if (isMemberNotFound(error)) return "member_not_found";
  if (error instanceof StampsApiError) return error.errorCode ?? `http_${error.status}`;
  if (error instanceof StampsTimeoutError) return "timeout";
  if (error instanceof StampsNetworkError) return "network_error";
  if (error instanceof StampsResponseError) return "unreadable_answer";
  return "internal";
}
