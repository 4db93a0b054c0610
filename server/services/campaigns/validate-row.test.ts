import { describe, expect, it } from "vitest";
import { guessColumnMapping } from "./guess-column-mapping";
import { createRowChecker, parseIdentifier, skipReasonOf, validateRow, type TRowRules } from "./validate-row";

const rules: TRowRules = {
  mapping: { identifier: 0, quantity: 1, value: 2, notes: 3, startDate: 4 },
  headers: ["No HP", "Jumlah", "Nilai", "Catatan", "Tanggal Mulai"],
  templateValueType: "FIXED",
  campaignStartDate: "2026-12-01",
  defaultValue: null,
};

describe("parseIdentifier", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["(0812) 3456 7890", "+6281234567890"],
    ["+62 0812 3456 7890", "+6281234567890"],
    ["\u00a00812 3456 7890\u200b ", "+6281234567890"],
    ["'081234567890", "+6281234567890"],
    ["Budi.Santoso@Example.COM", "budi.santoso@example.com"],
    ["123456780001", "123456780001"],
    ["1234 5678 0001", "123456780001"],
    ["MBR-00042", "MBR-00042"],
    ["42", "42"],
  ])("reads %j as %j", (cell, expected) => {
    expect(parseIdentifier(cell, '"No HP"')).toEqual({ value: expected });
  });

  it.each([
    [
      "6.28123E+11",
      /^6\.28123E\+11 is a phone number Excel turned into a number \(its last digits are lost\); format the "No HP" column as text/,
    ],
    ["8.12346E+10", /^8\.12346E\+10 is a phone number Excel turned into a number/],
    ["1.23457E+11", /^1\.23457E\+11 is a number Excel turned into a number/],
    ["", /^No member: the "No HP" column is empty$/],
    ["budi@", /^"budi@" is not a valid email address$/],
    ["+62 81", /^"\+62 81" is not a valid phone number$/],
    ["Budi Santoso", /^"Budi Santoso" is not an email, phone number, card number or member ID$/],
  ])("refuses %j and says why", (cell, message) => {
    expect(parseIdentifier(cell, '"No HP"').problem).toMatch(message);
  });
});

describe("validateRow", () => {
  it("reads quantity, value in Indonesian and English notation, notes and both date forms", () => {
    expect(validateRow(["081234567890", "2", "Rp 25.000", " Hadiah ", "15/01/2027"], rules)).toEqual({
      identifier: "+6281234567890",
      quantity: 2,
      value: 25000,
      notes: "Hadiah",
      startDate: "2027-01-15",
      problem: null,
    });
    expect(validateRow(["081234567890", "", "25,000", "", "2027-1-5"], rules)).toMatchObject({
      quantity: null,
      value: 25000,
      startDate: "2027-01-05",
    });
    expect(validateRow(["081234567890", "3.0", "25000.00", "", ""], rules)).toMatchObject({
      quantity: 3,
      value: 25000,
      problem: null,
    });
  });

  it.each([
    [["0812345678901", "0", "", "", ""], "Quantity must be at least 1, not 0"],
    [["0812345678901", "-1", "", "", ""], 'Quantity "-1" is not a whole number'],
    [["0812345678901", "5000", "", "", ""], "Quantity 5000 is more than 1,000 vouchers for one member"],
    [["0812345678901", "", "12.50", "", ""], "Value 12.50 has cents; use whole rupiah"],
    [["0812345678901", "", "abc", "", ""], 'Value "abc" is not an amount of rupiah'],
    [["0812345678901", "", "0", "", ""], "Value must be more than 0, not 0"],
    [["0812345678901", "", "", "", "2026-11-30"], "Start date 2026-11-30 is before the campaign starts (2026-12-01)"],
    [["0812345678901", "", "", "", "30/02/2027"], 'Start date "30/02/2027" does not exist in the calendar'],
    [["0812345678901", "", "", "", "46023"], /^Start date 46023 is a date Excel turned into a number/],
    [["0812345678901", "", "", "", "next week"], 'Start date "next week" is not a date; use YYYY-MM-DD or DD/MM/YYYY'],
    [["0812345678901", "", "", "x".repeat(201), ""], "Notes are longer than 200 characters (201)"],
  ])("refuses %j: %s", (cells, problem) => {
    const found = validateRow(cells, rules).problem;
    if (typeof problem === "string") expect(found).toBe(problem);
    else expect(found).toMatch(problem);
  });

  it("needs a value for a template of any value unless the campaign has a default", () => {
    const dynamic = { ...rules, templateValueType: "DYNAMIC" as const };
    expect(validateRow(["0812345678901", "", "", "", ""], dynamic).problem).toMatch(
      /^No value: this voucher template needs one/,
    );
    expect(validateRow(["0812345678901", "", "", "", ""], { ...dynamic, defaultValue: 10000 }).problem).toBeNull();
  });
});

describe("createRowChecker", () => {
  it("keeps the first of a member's rows; later ones name it, in whatever form the member was written", () => {
    const check = createRowChecker(rules);
    expect(check(1, ["081234567890"]).problem).toBeNull();
    expect(check(2, ["+62 812 3456 7890"]).problem).toBe("Same member as row 1; only that row is issued");
    expect(check(3, ["bad!"]).problem).toMatch(/not an email/);
    expect(check(4, ["6281234567891"]).problem).toBeNull();
  });

  it("names rows the campaign issued before", () => {
    const check = createRowChecker(rules, new Map([["+6281234567890", { rowNumber: 7, issued: true }]]));
    expect(check(9, ["0812-3456-7890"]).problem).toBe("Already given a voucher by this campaign (row 7)");
  });
});

describe("skipReasonOf", () => {
  it("sorts the problems into the summary's reasons", () => {
    expect(skipReasonOf("Same member as row 3; only that row is issued")).toBe("duplicate");
    expect(skipReasonOf("6.28123E+11 is a phone number Excel turned into a number (its last digits are lost); …")).toBe(
      "excel",
    );
    expect(skipReasonOf('"budi@" is not a valid email address')).toBe("identifier");
    expect(skipReasonOf("Stamps has no member with the email a@b.co")).toBe("memberNotFound");
    expect(skipReasonOf("Quantity must be at least 1, not 0")).toBe("number");
    expect(skipReasonOf("Left out by Budi")).toBe("leftOut");
  });
});

describe("guessColumnMapping", () => {
  it.each([
    [
      ["No HP", "Nama", "Jumlah", "Nilai", "Catatan", "Tanggal Mulai"],
      { identifier: 0, quantity: 2, value: 3, notes: 4, startDate: 5 },
    ],
    [
      ["Name", "E-mail", "Qty", "Value", "Notes", "Start date"],
      { identifier: 1, quantity: 2, value: 3, notes: 4, startDate: 5 },
    ],
    [
      ["Nama Pelanggan", "Nomor Telepon", "Surel", "Keterangan"],
      { identifier: 2, quantity: null, value: null, notes: 3, startDate: null },
    ],
    [
      ["ID Member", "Tanggal Lahir", "Jumlah Transaksi", "Quantity"],
      { identifier: 0, quantity: 3, value: null, notes: null, startDate: null },
    ],
    [
      ["Nomor Kartu", "Nama", "Qty", "Keterangan"],
      { identifier: 0, quantity: 2, value: null, notes: 3, startDate: null },
    ],
    [["Mobile Phone", "Amount"], { identifier: 0, quantity: null, value: 1, notes: null, startDate: null }],
    [["Nama", "Kota"], { identifier: 0, quantity: null, value: null, notes: null, startDate: null }],
  ])("maps %j", (headers, expected) => {
    expect(guessColumnMapping(headers)).toEqual(expected);
  });
});
