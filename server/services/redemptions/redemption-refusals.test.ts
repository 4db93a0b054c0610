import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { StampsApiError } from "@/server/stamps";
import { toFormError } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const stamps = (status: number, detail: string, code: string | undefined, fields: Record<string, string> = {}) =>
  new StampsApiError("POST /api/x", status, detail, code, fields);

const explain = (error: unknown, fields: Record<string, string> = {}) => {
  const explained = toFormError(error, redemptionRefusals({ fields, notFound: "No such redemption." }));
  expect(explained).toBeInstanceOf(AppError);
  return explained as AppError;
};

describe("toFormError with redemptionRefusals", () => {
  it("reads a missing or unapproved request_id as 'the member's PIN is needed'", () => {
    const missing = explain(
      stamps(400, "Your transaction cannot be completed", undefined, { request_id: "This field is required" }),
    );
    expect(missing.upstreamCode).toBe("pin_required");
    const unauthorized = explain(
      stamps(400, "request_id: not authorized", "unauthorized_request", { request_id: "x" }),
    );
    expect(unauthorized.upstreamCode).toBe("pin_required");
    expect(explain(stamps(400, "expired", "authorization_expired")).upstreamCode).toBe("pin_required");
  });

  it("counts down wrong PINs in words and calls the last one a block", () => {
    const two = explain(
      stamps(400, "pin: Invalid PIN, 2 attempt(s) left", "invalid_pin", { pin: "Invalid PIN, 2 attempt(s) left" }),
    );
    expect(two.userMessage).toBe("Invalid PIN. 2 attempts left.");
    expect(two.fieldErrors).toEqual({ pinSecret: "Invalid PIN. 2 attempts left." });
    const one = explain(
      stamps(400, "pin: Invalid PIN, 1 attempt(s) left", "invalid_pin", { pin: "Invalid PIN, 1 attempt(s) left" }),
    );
    expect(one.userMessage).toBe("Invalid PIN. 1 attempt left.");
    const none = explain(
      stamps(400, "pin: Invalid PIN, 0 attempt(s) left", "invalid_pin", { pin: "Invalid PIN, 0 attempt(s) left" }),
    );
    expect(none.upstreamCode).toBe("pin_blocked");
    expect(none.userMessage).toContain("Stamps blocked this request");
  });

  it("puts Stamps' own words inside the explanation and its field errors on the form's fields, keeping the rest", () => {
    const error = explain(
      stamps(400, "stamps: Insufficient Stamps: needs 60, has 15", "insufficient_stamps", {
        stamps: "Insufficient Stamps: needs 60, has 15",
        extra: "x",
      }),
      { stamps: "stamps" },
    );
    expect(error.userMessage).toBe(
      "The member doesn't have enough stamps for this. Stamps said: “Insufficient Stamps: needs 60, has 15”.",
    );
    expect(error.fieldErrors).toEqual({ stamps: "Insufficient Stamps: needs 60, has 15", extra: "x" });
    expect(error.upstreamCode).toBe("insufficient_stamps");
  });

  it("turns a bare validation answer into a sentence, and a 404 into the caller's words", () => {
    const invalid = explain(
      stamps(400, "Your transaction cannot be completed due to the following error(s)", undefined, {
        promo_code: "Promo code does not exist",
      }),
      {
        promo_code: "promoCode",
      },
    );
    expect(invalid.userMessage).toBe("Stamps refused this: Promo code does not exist.");
    expect(invalid.fieldErrors).toEqual({ promoCode: "Promo code does not exist" });
    const missing = explain(stamps(404, "Redemption with id 9 not found.", undefined));
    expect(missing).toMatchObject({ code: "NOT_FOUND", userMessage: "No such redemption." });
  });

  it("leaves errors it does not know alone", () => {
    const other = new Error("boom");
    expect(toFormError(other, redemptionRefusals({ fields: {} }))).toBe(other);
  });
});
