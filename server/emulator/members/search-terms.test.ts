import { describe, expect, it } from "vitest";
import { memberSearchTerms, normalizeSuggestionQuery } from "./search-terms";

describe("memberSearchTerms", () => {
  it("indexes the full name, later name words, email, phone forms and cards", () => {
    expect(
      memberSearchTerms({
        name: "  Ni Luh  Ayu ",
        email: "NiLuh@Example.com",
        phone: "+6281934560029",
        cardNumbers: ["123456780010"],
      }),
    ).toEqual([
      "ni luh ayu",
      "luh",
      "ayu",
      "niluh@example.com",
      "6281934560029",
      "081934560029",
      "81934560029",
      "123456780010",
    ]);
  });

  it("skips what the member does not have", () => {
    expect(memberSearchTerms({ name: "Rudi", email: null, phone: null, cardNumbers: [] })).toEqual(["rudi"]);
  });
});

describe("normalizeSuggestionQuery", () => {
  it.each([
    ["Steve", "steve"],
    ["  José  Rizal ", "jose rizal"],
    ["+62 812-3", "628123"],
    ["(0812)", "0812"],
    ["bob@", "bob@"],
    ["()", ""],
  ])("turns %j into %j", (query, expected) => {
    expect(normalizeSuggestionQuery(query)).toBe(expected);
  });
});
