import { describe, expect, it } from "vitest";
import { dateProblem, formatDayMonthYear, parseDayMonthYear } from "./day-month-year";

describe("parseDayMonthYear", () => {
  it.each([
    ["02/12/2026", "2026-12-02"],
    ["2/12/2026", "2026-12-02"],
    ["02-12-2026", "2026-12-02"],
    ["02.12.2026", "2026-12-02"],
    [" 2 12 2026 ", "2026-12-02"],
    ["02122026", "2026-12-02"],
    ["2026-12-02", "2026-12-02"],
    ["29/02/2028", "2028-02-29"],
    ["", ""],
  ])("reads %j as %j", (text, iso) => {
    expect(parseDayMonthYear(text)).toEqual({ ok: true, iso });
  });

  it.each(["31/02/2026", "29/02/2027", "00/01/2026", "12/13/2026", "2026-02-30"])("says %j is not a date", (text) => {
    expect(parseDayMonthYear(text)).toEqual({ ok: false, message: `${text} is not a date` });
  });

  it.each(["abc", "02/12/26", "12/2026", "2026/12/02"])("asks for day/month/year when given %j", (text) => {
    expect(parseDayMonthYear(text)).toEqual({ ok: false, message: "Write the date as dd/mm/yyyy, e.g. 02/12/2026" });
  });
});

describe("formatDayMonthYear", () => {
  it("writes an ISO date day first and leaves other text alone", () => {
    expect(formatDayMonthYear("2026-12-02")).toBe("02/12/2026");
    expect(formatDayMonthYear("31/02/2026")).toBe("31/02/2026");
  });
});

describe("dateProblem", () => {
  it("names an impossible date and asks for the format otherwise", () => {
    expect(dateProblem("31/02/2026")).toBe("31/02/2026 is not a date");
    expect(dateProblem(42)).toBe("Write the date as dd/mm/yyyy, e.g. 02/12/2026");
  });
});
