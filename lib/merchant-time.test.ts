import { describe, expect, it } from "vitest";
import { businessDate, fromUnixSeconds, nowInZone, todayIn, wallClockToStamps } from "./merchant-time";

describe("merchant time", () => {
  it("writes the merchant's wall clock with its offset, as Stamps wants it", () => {
    expect(wallClockToStamps("2026-05-01T10:00", "Asia/Jakarta")).toEqual({
      iso: "2026-05-01T10:00:00+07:00",
      instant: new Date("2026-05-01T03:00:00Z"),
    });
    expect(wallClockToStamps("2026-05-01T23:30", "Asia/Jayapura").iso).toBe("2026-05-01T23:30:00+09:00");
    expect(wallClockToStamps("2026-01-15T09:00", "America/New_York").iso).toBe("2026-01-15T09:00:00-05:00");
    expect(wallClockToStamps("2026-07-15T09:00", "America/New_York").iso).toBe("2026-07-15T09:00:00-04:00");
  });

  it("dates a transaction by the merchant's calendar, not UTC's", () => {
    // 20:00 UTC is already the next morning in Jakarta.
    expect(businessDate(new Date("2026-05-01T20:00:00Z"), "Asia/Jakarta")).toBe("2026-05-02");
    expect(businessDate(fromUnixSeconds(1_777_604_400), "Asia/Jakarta")).toBe("2026-05-01");
    expect(businessDate(fromUnixSeconds(null), "Asia/Jakarta")).toBeNull();
  });

  it("says today and now on the merchant's wall clock", () => {
    const instant = new Date("2026-05-01T20:30:00Z");
    expect(todayIn("Asia/Jakarta", instant)).toBe("2026-05-02");
    expect(todayIn("America/New_York", instant)).toBe("2026-05-01");
    expect(nowInZone("Asia/Jakarta", instant)).toBe("2026-05-02T03:30");
  });
});
