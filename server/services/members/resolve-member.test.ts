import { describe, expect, it } from "vitest";
import { memberIdentifier } from "./resolve-member";

describe("memberIdentifier", () => {
  it("names a member by email, else the first card number, else the Stamps id, never by phone", () => {
    expect(memberIdentifier({ id: 7, email: "a@b.co", member_ids: ["CARD-1"] })).toBe("a@b.co");
    expect(memberIdentifier({ id: 7, email: null, member_ids: ["CARD-1", "CARD-2"] })).toBe("CARD-1");
    expect(memberIdentifier({ id: 7, email: null, member_ids: [] })).toBe("7");
  });
});
