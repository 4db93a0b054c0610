import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import { z } from "@/lib/zod";
import { env } from "@/env";
import { AREA_ROLES, type TArea, type TRole } from "@/lib/permissions";
import type { CurrentStaff } from "@/server/auth/current-staff";
import type { AppErrorCode } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
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
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const appError = toAppError(result.error.cause);
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
   * Whom the call concerns; `output` is what the procedure returned, undefined when it failed. Several
   * targets record one event each, so the history of each (a member's Staff activity) shows the call.
   */
  target?: (input: TInput, output: TOutput | undefined) => string | readonly string[] | null | undefined;
  reason?: (input: TInput) => string | null | undefined;
  /** A sentence kept with a call that succeeded; a failed call keeps its error's message. */
  note?: (input: TInput, output: TOutput) => string | null | undefined;
};

/**
 * Records an AuditEvent for every call of a mutation, whether it succeeded or not.
 * Use after the procedure's last .input() so the input is parsed.
 */
export function audited<TInput, TOutput = unknown>(options: AuditOptions<TInput, TOutput>) {
  return t.middleware(async ({ ctx, next, getRawInput }) => {
    const result = await next();
    const input = (await getRawInput()) as TInput;
    const output = result.ok ? (result.data as TOutput) : undefined;
    const failure = result.ok ? null : (toAppError(result.error.cause) ?? result.error);
    const merchantId =
      typeof input === "object" && input !== null && "merchantId" in input ? String(input.merchantId) : null;
    const chosen = options.target?.(input, output);
    // Every call leaves at least one event, with or without a target.
    const targets =
      typeof chosen === "string" || !chosen?.length ? [typeof chosen === "string" ? chosen : null] : chosen;
    for (const target of targets) {
      await recordAuditEvent(ctx.db, {
        actor: { id: ctx.staff?.id ?? null, email: ctx.staff?.email ?? "anonymous" },
        merchantId,
        action: options.action,
        target,
        reason: options.reason?.(input) ?? null,
        request: input,
        outcome: failure
          ? failure instanceof TRPCError
            ? failure.code
            : (failure.upstreamCode ?? failure.code)
          : "OK",
        message: failure
          ? failure instanceof TRPCError
            ? failure.message
            : failure.userMessage
          : output === undefined
            ? null
            : (options.note?.(input, output) ?? null),
      });
    }
    return result;
  });
}
