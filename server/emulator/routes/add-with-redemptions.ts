import type { Hono } from "hono";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { mountResource } from "../http/resource";
import { createAddWithRedemptions, ZAddWithRedemptionsInput } from "../redemptions/add-with-redemptions";
import { parseTransactionBody } from "../transactions/parse-body";

export function mountAddWithRedemptionsRoute(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const addWithRedemptions = createAddWithRedemptions(deps.stores);

  mountResource(app, "/api/v2/transactions/add-with-redemptions", {
    name: "Add Transaction With Redemptions",
    auth: deps.auth,
    input: { POST: { body: ZAddWithRedemptionsInput } },
    handlers: {
      POST: async (c) => {
        // Field errors in the transaction document's style, like transactions/add.
        const input = parseTransactionBody(ZAddWithRedemptionsInput, await readRequestData(c));
        return c.json(addWithRedemptions(c.get("tokenMerchantId"), input));
      },
    },
  });
}
