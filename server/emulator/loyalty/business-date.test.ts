import { describe, expect, it } from "vitest";
import { businessDate, isIsoDateTime, parseIsoDateTime, sqliteTimestamp } from "./business-date";

const JAKARTA = "Asia/Jakarta";

describe("parseIsoDateTime", () => {
  it.each([
    ["2013-02-15T13:01:01+07", "2013-02-15T06:01:01.000Z"],
    ["2013-02-15T13:01:01+07:00", "2013-02-15T06:01:01.000Z"],
    ["2013-02-15T13:01:01+0700", "2013-02-15T06:01:01.000Z"],
    ["2013-02-15T06:01:01Z", "2013-02-15T06:01:01.000Z"],
    ["2013-02-15 13:01", "2013-02-15T06:01:00.000Z"],
    ["2013-02-15T13:01:01.123456", "2013-02-15T06:01:01.123Z"],
  ])("reads %s", (text, iso) => {
    expect(parseIsoDateTime(text, JAKARTA).toISOString()).toBe(iso);
  });

  it("reads a time without offset in the given zone", () => {
    expect(parseIsoDateTime("2024-07-01T12:00:00", "Europe/Amsterdam").toISOString()).toBe("2024-07-01T10:00:00.000Z");
  });

  it.each(["2013-02-30T10:00:00", "2013-02-15", "15/02/2013 10:00", "2013-02-15T25:00:00", "yesterday"])(
    "rejects %s",
    (text) => {
      expect(isIsoDateTime(text)).toBe(false);
    },
  );
});

describe("businessDate", () => {
  it("is the calendar day in the merchant's zone", () => {
    expect(businessDate(new Date("2024-03-01T16:59:59Z"), JAKARTA)).toBe("2024-03-01");
    expect(businessDate(new Date("2024-03-01T17:00:00Z"), JAKARTA)).toBe("2024-03-02");
  });
});

describe("sqliteTimestamp", () => {
  it("writes Prisma's text form", () => {
    expect(sqliteTimestamp(new Date("2024-03-01T17:00:00Z"))).toBe("2024-03-01T17:00:00.000+00:00");
  });
});
