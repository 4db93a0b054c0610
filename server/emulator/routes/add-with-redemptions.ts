import type { Hono, MiddlewareHandler } from "hono";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import { mountResource } from "../http/resource";
import { createAddWithRedemptions, ZAddWithRedemptionsInput } from "../redemptions/add-with-redemptions";
import type { RedemptionDeps } from "../redemptions/deps";
import { parseTransactionBody } from "../transactions/parse-body";

export function mountAddWithRedemptionsRoute(
  app: Hono<EmulatorEnv>,
  deps: { auth: MiddlewareHandler<EmulatorEnv>; redemptions: RedemptionDeps },
): void {
  const addWithRedemptions = createAddWithRedemptions(deps.redemptions);

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
