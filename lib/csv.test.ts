import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+62812", "'+62812"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ['say "hi", ok', '"say ""hi"", ok"'],
    ["line\nbreak", '"line\nbreak"'],
    ["plain", "plain"],
    [null, ""],
    [42, "42"],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("quotes for the delimiter in use", () => {
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
  });

  it("writes a line of cells, each made safe, ended with CRLF", () => {
    expect(csvLine(["=1+1", "a,b", null, 7])).toBe(`'=1+1,"a,b",,7\r\n`);
  });
});
