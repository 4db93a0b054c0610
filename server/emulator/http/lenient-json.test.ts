import { describe, expect, it } from "vitest";
import { parseJsonLeniently, stripTrailingCommas } from "./lenient-json";

describe("parseJsonLeniently", () => {
  it("accepts the documents' trailing commas", () => {
    expect(parseJsonLeniently('{"a": [1, 2, ], "b": {"c": 1,\n},\n}')).toEqual({ a: [1, 2], b: { c: 1 } });
  });

  it("leaves commas inside strings alone", () => {
    expect(stripTrailingCommas('{"a": "x, ]", "b": "y\\", }",}')).toBe('{"a": "x, ]", "b": "y\\", }"}');
  });

  it("still refuses any other defect, with JSON.parse's message", () => {
    expect(() => parseJsonLeniently('{"a": 1 "b": 2}')).toThrow(SyntaxError);
    expect(() => parseJsonLeniently('{"a": 1,, }')).toThrow(SyntaxError);
    expect(() => parseJsonLeniently('{ qty": 1 }')).toThrow(SyntaxError);
  });
});
