import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { StampsApiError, StampsTimeoutError } from "./errors";
import { toFormError } from "./to-form-error";

const refusal = (detail: string, code: string | undefined, fields: Record<string, string>) =>
  new StampsApiError("POST /api/x", 400, detail, code, fields);

describe("toFormError", () => {
  it("names Stamps' fields after the form's, joins messages that share a field and keeps unlisted ones", () => {
    const error = toFormError(
      refusal("Your transaction cannot be completed due to the following error(s)", undefined, {
        product_name: "Name missing.",
        quantity: "Must be positive",
        invoice_number: "Store does not exist",
        extra: "Unknown field",
      }),
      { fields: { product_name: "items", quantity: "items" }, byMessage: [[/store does not exist/i, "store"]] },
    ) as AppError;
    expect(error.fieldErrors).toEqual({
      items: "Name missing. Must be positive",
      store: "Store does not exist",
      extra: "Unknown field",
    });
    expect(error.userMessage).toBe(
      "Stamps refused this: Name missing; Must be positive; Store does not exist; Unknown field.",
    );
  });

  it("keeps a headline that says something, and explains a known error code in its own words", () => {
    const kept = toFormError(refusal("Voucher template is inactive", "template_inactive", { x: "y" })) as AppError;
    expect(kept.userMessage).toBe("Voucher template is inactive");
    const explained = toFormError(refusal("nope", "voucher_expired", { voucher: "Expired on 1 May." }), {
      explanations: { voucher_expired: "This voucher has expired. Stamps said: {m}." },
    }) as AppError;
    expect(explained.userMessage).toBe("This voucher has expired. Stamps said: “Expired on 1 May”.");
    expect(explained.upstreamCode).toBe("voucher_expired");
  });

  it("describes a failure that is not a refusal, and leaves unknown errors alone", () => {
    const timeout = toFormError(new StampsTimeoutError("GET /api/x", 5000)) as AppError;
    expect(timeout).toBeInstanceOf(AppError);
    expect(timeout.code).toBe("UPSTREAM_UNAVAILABLE");
    const other = new Error("boom");
    expect(toFormError(other)).toBe(other);
  });
});
