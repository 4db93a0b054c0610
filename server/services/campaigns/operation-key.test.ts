import { describe, expect, it } from "vitest";
import { notesHaveKey, operationKey, parseOperationKey, voucherNotes } from "./operation-key";

describe("operation keys", () => {
  it("go after the notes, or stand alone", () => {
    expect(operationKey(42, 1307)).toBe("[c42/r1307]");
    expect(voucherNotes("Ramadan promo", 42, 1307)).toBe("Ramadan promo [c42/r1307]");
    expect(voucherNotes("  ", 42, 1307)).toBe("[c42/r1307]");
    expect(voucherNotes(null, 42, 1307)).toBe("[c42/r1307]");
  });

  it("are read back from a voucher's notes", () => {
    expect(parseOperationKey("Ramadan promo [c42/r1307]")).toEqual({ campaignId: 42, rowNumber: 1307 });
    expect(parseOperationKey("[c1/r1]")).toEqual({ campaignId: 1, rowNumber: 1 });
    expect(parseOperationKey("Given by hand")).toBeNull();
    expect(parseOperationKey("[c42/r1307] edited afterwards")).toBeNull();
    expect(parseOperationKey("[c0/r1]")).toBeNull();
    expect(parseOperationKey(null)).toBeNull();
  });

  it("match their own row only, not a row whose number starts the same", () => {
    expect(notesHaveKey("x [c4/r12]", 4, 12)).toBe(true);
    expect(notesHaveKey("x [c4/r12]", 4, 1)).toBe(false);
    expect(notesHaveKey("x [c44/r12]", 4, 12)).toBe(false);
  });
});
