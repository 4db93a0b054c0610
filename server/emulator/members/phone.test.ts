import { describe, expect, it } from "vitest";
import { normalizePhone, phoneSearchForms } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["+6281111111", "+6281111111"],
    ["6281111111", "+6281111111"],
    ["081111111", "+6281111111"],
    ["+62 0811-111-11", "+6281111111"],
    ["(0811) 111 11", "+6281111111"],
    ["+6591234567", "+6591234567"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["2456", "81111111", "customer@stamps.co.id", "+62", "0812345678901234567"])(
    "does not read %s as a phone",
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );
});

describe("phoneSearchForms", () => {
  it("offers the international, trunk and national forms of an Indonesian number", () => {
    expect(phoneSearchForms("+6281111111")).toEqual(["6281111111", "081111111", "81111111"]);
  });

  it("keeps other countries' numbers as digits", () => {
    expect(phoneSearchForms("+6591234567")).toEqual(["6591234567"]);
  });
});
