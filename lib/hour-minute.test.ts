import { describe, expect, it } from "vitest";
import { ZAddTransactionFields } from "@/lib/schemas/transactions";
import { dateTimeProblem, isDateTimeLocal, parseHourMinute, splitDateTime } from "./hour-minute";

describe("parseHourMinute", () => {
  it.each([
    ["19:45", "19:45"],
    ["9:05", "09:05"],
    [" 00:00 ", "00:00"],
    ["23.59", "23:59"],
    ["1945", "19:45"],
    ["", ""],
  ])("reads %j as %j", (text, time) => {
    expect(parseHourMinute(text)).toEqual({ ok: true, time });
  });

  it.each([
    ["25:00", "25:00 is not a time of day; use 00:00 to 23:59"],
    ["24:00", "24:00 is not a time of day; use 00:00 to 23:59"],
    ["12:60", "12:60 is not a time of day; use 00:00 to 23:59"],
    ["7:45 PM", "Write the time as hh:mm (24-hour), e.g. 19:45"],
    ["noon", "Write the time as hh:mm (24-hour), e.g. 19:45"],
  ])("refuses %j in words", (text, message) => {
    expect(parseHourMinute(text)).toEqual({ ok: false, message });
  });
});

describe("date and time together", () => {
  it("accepts only a real wall-clock date and time", () => {
    expect(isDateTimeLocal("2026-12-02T19:45")).toBe(true);
    expect(isDateTimeLocal("2026-12-02T25:00")).toBe(false);
    expect(isDateTimeLocal("2026-12-02T19:45:00")).toBe(false);
    expect(isDateTimeLocal("02/12/2026T19:45")).toBe(false);
    expect(isDateTimeLocal("2026-12-02")).toBe(false);
  });

  it("splits at the first T", () => {
    expect(splitDateTime("2026-12-02T19:45")).toEqual({ date: "2026-12-02", time: "19:45" });
    expect(splitDateTime("31/02/2026")).toEqual({ date: "31/02/2026", time: "" });
  });

  it("says which half is wrong", () => {
    expect(dateTimeProblem("2026-12-02T25:00")).toBe("25:00 is not a time of day; use 00:00 to 23:59");
    expect(dateTimeProblem("31/02/2026T19:45")).toBe("31/02/2026 is not a date");
    expect(dateTimeProblem("T19:45")).toBe("Enter the date as dd/mm/yyyy");
    expect(dateTimeProblem("2026-12-02T")).toBe("Enter the time as hh:mm (24-hour)");
    expect(dateTimeProblem(7)).toBe("Enter the date and time");
  });

  it("is the sentence the add-transaction form shows", () => {
    const fields = {
      store: 32,
      invoiceNumber: "INV-1",
      created: "2026-12-02T25:00",
      numberOfPeople: 1,
      totalValue: "1000",
    };
    const parsed = ZAddTransactionFields.safeParse(fields);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((one) => one.path[0] === "created");
    expect(issue?.message).toBe("25:00 is not a time of day; use 00:00 to 23:59");
    expect(ZAddTransactionFields.safeParse({ ...fields, created: "2026-12-02T19:45" }).success).toBe(true);
  });
});
