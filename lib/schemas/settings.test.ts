import { describe, expect, it } from "vitest";
import { ZCreateMerchantInput } from "./merchants";

const merchant = { stampsMerchantId: 1, name: "M", apiBaseUrl: "https://stamps.co.id", tokenType: "Token" };

describe("the merchant API token", () => {
  it("is refused with line breaks, NUL or other control characters inside, said on the field", () => {
    for (const token of ["abcd1234\r\nX-Evil: 1", "abcd1234\nmore", "abcd\u00001234", "abcd\u007f1234", "abcd\t1234"]) {
      const result = ZCreateMerchantInput.safeParse({ ...merchant, token });
      expect(result.success, JSON.stringify(token)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["token"],
        message: "The API token must not contain line breaks or other control characters",
      });
    }
  });

  it("keeps an ordinary token, trimmed", () => {
    expect(ZCreateMerchantInput.parse({ ...merchant, token: "  abcd-1234_EFGH.5678\n" }).token).toBe(
      "abcd-1234_EFGH.5678",
    );
  });
});
