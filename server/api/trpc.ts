import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import { z } from "@/lib/zod";
import { env } from "@/env";
import { AREA_ROLES, type TArea, type TRole } from "@/lib/permissions";
import type { CurrentStaff } from "@/server/auth/current-staff";
import { AppError, type AppErrorCode } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import { REFUSED_ACTION } from "@/lib/audit-labels";
import {
  completeAuditEvents,
  errorSummary,
  openAuditEvents,
  recordAuditEvent,
} from "@/server/services/audit/record-audit-event";
import { getStampsClient } from "@/server/services/merchants/get-stamps-client";
import { toAppError } from "@/server/stamps/to-app-error";

export type TRPCContext = {
  db: PrismaClient;
  staff: CurrentStaff | null;
};

const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UPSTREAM_ERROR: "BAD_GATEWAY",
  UPSTREAM_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const appError = toAppError(error.cause);
    const hidden = env.NODE_ENV === "production" && error.code === "INTERNAL_SERVER_ERROR" && !appError;
    return {
      ...shape,
      message: hidden
        ? "Something went wrong on our side. Try again; if it keeps happening, tell an admin."
        : shape.message,
      data: {
        ...shape.data,
        stack: env.NODE_ENV === "production" ? undefined : shape.data.stack,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        appError: appError
          ? { code: appError.code, fieldErrors: appError.fieldErrors, upstreamCode: appError.upstreamCode ?? null }
          : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/** Services throw AppErrors and the Stamps client throws StampsErrors; both reach the user as sentences. */
const errorMapping = t.middleware(async ({ ctx, next, path, type, getRawInput }) => {
  const result = await next();
  if (result.ok) return result;
  const appError = toAppError(result.error.cause);
  const code = appError ? TRPC_CODE[appError.code] : result.error.code;
  await auditRefusal(ctx, { path, type, code, error: result.error, getRawInput });
  if (appError) {
    throw new TRPCError({ code: TRPC_CODE[appError.code], message: appError.userMessage, cause: appError });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    logger.error("trpc.unexpected_error", { path, error: result.error.cause?.message ?? result.error.message });
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.staff) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in again." });
  return next({ ctx: { staff: ctx.staff } });
});

/** A procedure for one area of the console; other roles get FORBIDDEN. */
export function areaProcedure(area: TArea) {
  const roles: readonly TRole[] = AREA_ROLES[area];
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.staff.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    return next();
  });
}

export const adminProcedure = areaProcedure("settings");

export const ZMerchantScope = z.object({ merchantId: z.string().min(1) });

/** An area procedure that acts for one merchant this staff member works for, with its Stamps client. */
export function merchantProcedure(area: TArea) {
  return areaProcedure(area)
    .input(ZMerchantScope)
    .use(async ({ ctx, input, next }) => {
      if (!ctx.staff.merchants.some((merchant) => merchant.id === input.merchantId)) {
        throw new TRPCError({ code: "FORBIDDEN", message: "You do not work for this merchant." });
      }
      const merchant = await ctx.db.merchant.findUnique({ where: { id: input.merchantId } });
      if (!merchant) throw new TRPCError({ code: "NOT_FOUND", message: "This merchant no longer exists." });
      let stamps: ReturnType<typeof getStampsClient> | undefined;
      return next({
        ctx: {
          merchant,
          // Decrypted only when the procedure actually calls Stamps.
          get stamps() {
            stamps ??= getStampsClient(merchant);
            return stamps;
          },
        },
      });
    });
}

type AuditOptions<TInput, TOutput> = {
  action: string;
  /**
   * Whom the call concerns; `output` is what the procedure returned, undefined before it ran and when it failed.
   * Several targets record one event each, so the history of each (a member's Staff activity) shows the call.
   */
  target?: (input: TInput, output: TOutput | undefined) => string | readonly string[] | null | undefined;
  reason?: (input: TInput) => string | null | undefined;
  /** A sentence kept with a call that succeeded; a failed call keeps its error's message. */
  note?: (input: TInput, output: TOutput) => string | null | undefined;
};

const AUDIT_UNAVAILABLE =
  "Nothing was changed: the audit log could not be written, and no change is made without it. Try again; if it keeps happening, tell an admin.";

/** Every call leaves at least one event, with or without a target. */
function auditTargets(chosen: string | readonly string[] | null | undefined): (string | null)[] {
  if (typeof chosen === "string") return [chosen];
  return chosen?.length ? [...chosen] : [null];
}

/** Errors an audited procedure already recorded, so the refusal audit below does not record them twice. */
const auditedErrors = new WeakSet<object>();

/**
 * Audits every call of a mutation, whether it succeeds or not: an event is written before the procedure runs
 * (outcome PENDING, from the PARSED input) and completed after it with "OK" or the error code. If the event cannot
 * be written the procedure does not run, so no change reaches Stamps without its trail.
 * Use after the procedure's last .input() so the input is parsed.
 */
export function audited<TInput, TOutput = unknown>(options: AuditOptions<TInput, TOutput>) {
  return t.middleware(async ({ ctx, next, input: parsed }) => {
    const input = parsed as TInput;
    let opened: string[];
    try {
      const merchantId =
        typeof input === "object" && input !== null && "merchantId" in input && typeof input.merchantId === "string"
          ? input.merchantId
          : null;
      opened = await openAuditEvents(ctx.db, {
        actor: { id: ctx.staff?.id ?? null, email: ctx.staff?.email ?? "anonymous" },
        merchantId,
        action: options.action,
        targets: auditTargets(options.target?.(input, undefined)),
        reason: options.reason?.(input) ?? null,
        request: input,
      });
    } catch (error) {
      logger.error("audit.intent_failed", { action: options.action, ...errorSummary(error) });
      throw new AppError("INTERNAL", { message: "audit intent not written", userMessage: AUDIT_UNAVAILABLE });
    }

    const result = await next();

    let outcome = "OK";
    let message: string | null = null;
    let targets: (string | null)[] | undefined;
    if (result.ok) {
      const output = result.data as TOutput;
      try {
        targets = auditTargets(options.target?.(input, output));
        message = options.note?.(input, output) ?? null;
      } catch (error) {
        logger.error("audit.describe_failed", { action: options.action, ...errorSummary(error) });
      }
    } else {
      auditedErrors.add(result.error);
      const appError = toAppError(result.error.cause);
      outcome = appError ? (appError.upstreamCode ?? appError.code) : result.error.code;
      message = appError ? appError.userMessage : result.error.message;
    }
    await completeAuditEvents(ctx.db, opened, { outcome, message, targets });
    return result;
  });
}

/** The merchant a refused call named, when it names one that exists (so that merchant's admins see the attempt). */
async function requestedMerchant(db: PrismaClient, getRawInput: () => Promise<unknown>) {
  try {
    const raw = await getRawInput();
    const requested =
      typeof raw === "object" && raw !== null && "merchantId" in raw && typeof raw.merchantId === "string"
        ? raw.merchantId.slice(0, 64)
        : null;
    if (!requested) return { requested: null, merchantId: null };
    const merchant = await db.merchant.findUnique({ where: { id: requested }, select: { id: true } });
    return { requested, merchantId: merchant?.id ?? null };
  } catch {
    return { requested: null, merchantId: null };
  }
}

/**
 * A signed-in staff member refused by the role or merchant checks (FORBIDDEN) leaves an event: someone tried
 * something their role or merchants do not allow. Only the procedure and the merchant asked for are kept.
 */
export async function auditRefusal(
  ctx: TRPCContext,
  {
    path,
    type,
    code,
    error,
    getRawInput,
  }: { path: string; type: string; code: TRPC_ERROR_CODE_KEY; error: TRPCError; getRawInput: () => Promise<unknown> },
) {
  if (!ctx.staff || code !== "FORBIDDEN" || auditedErrors.has(error)) return;
  const { requested, merchantId } = await requestedMerchant(ctx.db, getRawInput);
  await recordAuditEvent(ctx.db, {
    actor: { id: ctx.staff.id, email: ctx.staff.email },
    merchantId,
    action: REFUSED_ACTION,
    target: `procedure:${path}`,
    request: { procedure: path, type, ...(requested && { merchantId: requested }) },
    outcome: "FORBIDDEN",
    message: error.message,
  });
}
