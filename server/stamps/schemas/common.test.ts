import { describe, expect, it } from "vitest";
import { ZCode, ZGender, ZId, ZNumber, ZOptionalNumber, ZOptionalText, ZStampsDateTime } from "./common";

describe("Stamps value schemas", () => {
  it("reads numbers and plain decimal strings, and nothing else, as numbers", () => {
    for (const [value, expected] of [
      [50000, 50000],
      [50000.5, 50000.5],
      ["10000.0", 10000],
      [" 42 ", 42],
      ["-4000", -4000],
    ] as const) {
      expect(ZNumber.parse(value)).toBe(expected);
    }
    for (const value of ["", "ten", "1e3", "1,000", "0x10", null, true, "12abc"]) {
      expect(ZNumber.safeParse(value).success).toBe(false);
    }
  });

  it("turns a missing or null optional number into null, not 0", () => {
    expect(ZOptionalNumber.parse(undefined)).toBeNull();
    expect(ZOptionalNumber.parse(null)).toBeNull();
    expect(ZOptionalNumber.parse("0")).toBe(0);
  });

  it("reads integer IDs sent as strings, and refuses fractions", () => {
    expect(ZId.parse("123")).toBe(123);
    expect(ZId.safeParse("12.5").success).toBe(false);
    expect(ZId.safeParse(12.5).success).toBe(false);
  });

  it("reads codes sent as numbers as strings", () => {
    expect(ZCode.parse(1)).toBe("1");
    expect(ZCode.parse("MI0017")).toBe("MI0017");
  });

  it("turns empty text into null", () => {
    expect(ZOptionalText.parse("")).toBeNull();
    expect(ZOptionalText.parse(undefined)).toBeNull();
    expect(ZOptionalText.parse("Blue")).toBe("Blue");
  });

  it("reads every documented form of gender", () => {
    expect([1, "2", "Female", "male", "", null, undefined, 3].map((value) => ZGender.parse(value))).toEqual([
      "male",
      "female",
      "female",
      "male",
      null,
      null,
      null,
      null,
    ]);
  });

  it("accepts the document's date-time with a short offset, and refuses a bare date", () => {
    for (const value of [
      "2013-02-15T13:01:01+07",
      "2017-03-30T07:01:01+07:00",
      "2024-01-01T00:00:00Z",
      "2024-01-01T00:00:00.123Z",
    ]) {
      expect(ZStampsDateTime.safeParse(value).success).toBe(true);
    }
    expect(ZStampsDateTime.safeParse("2013-02-15").success).toBe(false);
  });
});
