import { describe, expect, it } from "vitest";
import { redact } from "./logger";

describe("redact", () => {
  it("hides secrets at any depth and keeps the rest", () => {
    expect(
      redact({
        token: "t",
        nested: { apiToken: "t", Authorization: "Token t", pin: "123456", pinSecret: "1", PIN_CODE: "2" },
        list: [{ password: "p" }],
        shipping: "kept",
        spinner: "kept",
        reason: "kept",
      }),
    ).toEqual({
      token: "[redacted]",
      nested: {
        apiToken: "[redacted]",
        Authorization: "[redacted]",
        pin: "[redacted]",
        pinSecret: "[redacted]",
        PIN_CODE: "[redacted]",
      },
      list: [{ password: "[redacted]" }],
      shipping: "kept",
      spinner: "kept",
      reason: "kept",
    });
  });
});
