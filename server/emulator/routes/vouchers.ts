import type { Hono } from "hono";
import { z } from "zod";
import { bodyDate, bodyInteger, bodyNumber, bodyPositiveInteger, bodyString } from "../http/body-fields";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { mountResource } from "../http/resource";
import { parseInput, queryInteger, queryParams, queryString } from "../http/validation";
import { createIssueVoucher } from "../vouchers/issue-voucher-service";
import { createMemberVouchers } from "../vouchers/member-vouchers";
import { createValidateVoucher } from "../vouchers/validate-voucher";

const atLeast = (min: number) => (value: number) => value >= min;
const atLeastMessage = (min: number) => ({ error: `Ensure this value is greater than or equal to ${min}.` });

const ZIssueVoucher = z.object({
  user: bodyString.required(),
  voucher_template: bodyInteger.required(),
  start_date: bodyDate.required(),
  quantity: bodyPositiveInteger.required(),
  notes: bodyString.optional(),
  value: bodyNumber.optional(),
});

const ZValidateVoucher = z.object({
  voucher_code: queryString(),
  merchant: queryInteger(),
  store: queryInteger(),
  user: queryString().optional(),
  transaction_value: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { error: "A valid number is required." })
    .transform(Number)
    .optional(),
});

// image_size and landscape_image_size are accepted and ignored: pictures are returned as stored.
const ZMemberVouchers = z.object({
  user: queryString(),
  channel: queryInteger().optional(),
  per_page: queryInteger().refine(atLeast(1), atLeastMessage(1)).optional(),
  last_voucher_id: queryInteger().refine(atLeast(0), atLeastMessage(0)).optional(),
});

const ZVoucherCount = z.object({ user: queryString() });
const ZVoucherDetails = z.object({ user: queryString(), code: queryString() });

export function mountVoucherRoutes(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const { auth, stores } = deps;
  const issueVoucher = createIssueVoucher(stores);
  const validateVoucher = createValidateVoucher(stores);
  const vouchers = createMemberVouchers(stores);

  mountResource(app, "/api/vouchers/issue", {
    name: "Issue Voucher",
    auth,
    input: { POST: { body: ZIssueVoucher } },
    handlers: {
      POST: async (c) => {
        const input = parseInput(ZIssueVoucher, await readRequestData(c));
        return c.json(issueVoucher(c.get("tokenMerchantId"), input));
      },
    },
  });

  const get = <T extends z.ZodType>(
    path: string,
    name: string,
    schema: T,
    handle: (merchantId: number, query: z.output<T>) => object,
  ) =>
    mountResource(app, path, {
      name,
      auth,
      input: { GET: { query: schema } },
      handlers: {
        GET: (c) => c.json(handle(c.get("tokenMerchantId"), parseInput(schema, queryParams(c.req.url)))),
      },
    });

  get("/api/vouchers/validate", "Validate Voucher", ZValidateVoucher, validateVoucher);
  get("/api/vouchers/by-merchant-group", "Vouchers By Merchant Group", ZMemberVouchers, vouchers.byMerchantGroup);
  get("/api/vouchers/count-by-merchant-group", "Voucher Count", ZVoucherCount, vouchers.countByMerchantGroup);
  get("/api/vouchers/details", "Voucher Details", ZVoucherDetails, vouchers.details);
}
