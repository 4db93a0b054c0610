import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatRupiah } from "./format";

describe("formats: English dates, Indonesian numbers", () => {
  it("formats rupiah and numbers with dots for thousands", () => {
    expect(formatRupiah(25000)).toBe("Rp 25.000");
    expect(formatNumber(1250)).toBe("1.250");
  });

  it("formats calendar dates as DD MMM YYYY", () => {
    expect(formatDate("2000-09-15")).toBe("15 Sep 2000");
    expect(formatDate("1991-08-01")).toBe("1 Aug 1991");
    expect(formatDate(null)).toBe("—");
  });

  it("shows instants in the merchant's time zone", () => {
    expect(formatDateTime(new Date("2026-11-22T07:05:00Z"), "Asia/Jakarta")).toBe("22 Nov 2026, 14:05");
    expect(formatDateTime(new Date("2026-11-22T23:30:00Z"), "Asia/Makassar")).toBe("23 Nov 2026, 07:30");
  });
});
