import type { Context, Hono } from "hono";
import { readRequestData } from "../http/body";
import { ApiError, jsonParseError } from "../http/errors";
import { isTooDeep, JSON_TOO_DEEP } from "../http/limits";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { mountResource } from "../http/resource";
import { queryInteger } from "../http/validation";
import { immediate } from "../loyalty/per-database";
import { addOrUpdateTransaction, ZAddOrUpdateInput } from "../transactions/add-or-update-transaction";
import { addTransaction } from "../transactions/add-transaction";
import { ZAddTransactionInput } from "../transactions/add-transaction.schema";
import { cancelTransaction, cancelValidationError, ZCancelTransactionInput } from "../transactions/cancel-transaction";
import { modifyTransaction, modifyValidationError, ZModifyTransactionInput } from "../transactions/modify-transaction";
import { parseTransactionBody, safeParseBody } from "../transactions/parse-body";
import { previewEarnings, ZPreviewEarningsInput } from "../transactions/preview-earnings";
import { getTransactionDetails } from "../transactions/transaction-details";
import {
  findTransactionsByUser,
  transactionsByUserQuery,
  ZTransactionsByUserQuery,
} from "../transactions/transactions-by-user";
import { z } from "zod";

const ZDetailsQuery = z.object({ transaction_id: queryInteger() });

export function mountTransactionRoutes(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const { auth } = deps;
  const { sqlite } = deps.stores;
  const merchantOf = (c: Context<EmulatorEnv>) => c.get("tokenMerchantId");

  mountResource(app, "/api/v2/transactions/add", {
    name: "Add Transaction",
    auth,
    input: { POST: { body: ZAddTransactionInput } },
    handlers: {
      POST: async (c) => {
        const input = parseTransactionBody(ZAddTransactionInput, await readRequestData(c));
        const result = immediate(sqlite, () => addTransaction(sqlite, merchantOf(c), input));
        return c.json({ customer: result.customer, transaction: result.transaction });
      },
    },
  });

  mountResource(app, "/api/v2/transactions/add-or-update", {
    name: "Add Or Update Transaction",
    auth,
    input: { POST: { body: ZAddOrUpdateInput } },
    handlers: {
      POST: async (c) => {
        const body = await readRequestData(c);
        return c.json(immediate(sqlite, () => addOrUpdateTransaction(sqlite, merchantOf(c), body)));
      },
    },
  });

  mountResource(app, "/api/v2/transactions/cancel", {
    name: "Cancel Transaction",
    auth,
    input: { POST: { body: ZCancelTransactionInput } },
    handlers: {
      POST: async (c) => {
        const parsed = safeParseBody(ZCancelTransactionInput, await readRequestData(c));
        if (!parsed.ok) throw cancelValidationError(parsed.problems);
        return c.json(immediate(sqlite, () => cancelTransaction(sqlite, merchantOf(c), parsed.data)));
      },
    },
  });

  mountResource(app, "/api/v2/transactions/modify", {
    name: "Modify Transaction",
    auth,
    input: { POST: { body: ZModifyTransactionInput } },
    handlers: {
      POST: async (c) => {
        const parsed = safeParseBody(ZModifyTransactionInput, await readRequestData(c));
        if (!parsed.ok) throw modifyValidationError(parsed.problems);
        return c.json(immediate(sqlite, () => modifyTransaction(sqlite, merchantOf(c), parsed.data)));
      },
    },
  });

  mountResource(app, "/api/transactions/details", {
    name: "Transaction Details",
    auth,
    input: { GET: { query: ZDetailsQuery } },
    handlers: {
      // `merchant` in the document's example is not a documented parameter: the token decides.
      GET: (c) => {
        const { transaction_id } = parseTransactionBody(ZDetailsQuery, c.req.query());
        return c.json(getTransactionDetails(sqlite, merchantOf(c), transaction_id));
      },
    },
  });

  mountResource(app, "/api/v2/transactions/preview-earnings", {
    name: "Preview Transaction Earnings",
    auth,
    input: { GET: { query: ZPreviewEarningsInput }, POST: { body: ZPreviewEarningsInput } },
    handlers: {
      GET: (c) => {
        const input = parseTransactionBody(ZPreviewEarningsInput, previewQuery(c.req.url));
        return c.json(previewEarnings(sqlite, merchantOf(c), input));
      },
      POST: async (c) => {
        const input = parseTransactionBody(ZPreviewEarningsInput, await readRequestData(c));
        return c.json(previewEarnings(sqlite, merchantOf(c), input));
      },
    },
  });

  mountResource(app, "/api/transactions/by-user", {
    name: "User Transactions",
    auth,
    input: { GET: { query: ZTransactionsByUserQuery } },
    handlers: {
      GET: (c) => {
        const query = parseTransactionBody(ZTransactionsByUserQuery, transactionsByUserQuery(c.req.url));
        return c.json(findTransactionsByUser(sqlite, merchantOf(c), query));
      },
    },
  });
}

/** A GET preview carries `items` and `payments` as JSON text in the query string. */
function previewQuery(url: string): Record<string, unknown> {
  const query: Record<string, unknown> = Object.fromEntries(new URL(url).searchParams);
  for (const key of ["items", "payments"]) {
    const text = query[key];
    if (typeof text !== "string") continue;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (isTooDeep(parsed)) throw jsonParseError(JSON_TOO_DEEP);
      query[key] = parsed;
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // left as text: the list field reports it
    }
  }
  return query;
}
