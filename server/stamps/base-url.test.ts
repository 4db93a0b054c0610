import { describe, expect, it } from "vitest";
import { checkStampsBaseUrl, parseAllowedOrigins } from "./base-url";

const ALLOWED = parseAllowedOrigins("https://stamps.co.id, http://localhost:4010");

describe("checkStampsBaseUrl", () => {
  it("accepts only the allowed origins, with or without a path", () => {
    expect(checkStampsBaseUrl("https://stamps.co.id/", ALLOWED)).toEqual({ ok: true, url: "https://stamps.co.id" });
    expect(checkStampsBaseUrl("https://stamps.co.id/v2/", ALLOWED)).toEqual({
      ok: true,
      url: "https://stamps.co.id/v2",
    });
    expect(checkStampsBaseUrl("http://localhost:4010", ALLOWED)).toEqual({ ok: true, url: "http://localhost:4010" });
    for (const other of [
      "https://stamps.example.com",
      "https://stamps.co.id.evil.com",
      "https://stamps.co.id:8443",
      "http://localhost:4011",
      "http://127.0.0.1:4010",
    ]) {
      expect(checkStampsBaseUrl(other, ALLOWED), other).toEqual({
        ok: false,
        message:
          "Use one of the Stamps API addresses this back office allows: https://stamps.co.id, http://localhost:4010",
      });
    }
  });

  it("keeps plain http to this machine only, even when a remote http origin is listed", () => {
    expect(checkStampsBaseUrl("http://stamps.co.id", parseAllowedOrigins("http://stamps.co.id"))).toEqual({
      ok: false,
      message: "Use https:// (plain http is allowed only for localhost)",
    });
  });

  it("refuses what is not a plain base URL", () => {
    expect(checkStampsBaseUrl("stamps.co.id", ALLOWED)).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("https://user:pw@stamps.co.id", ALLOWED)).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("https://stamps.co.id/?x=1", ALLOWED)).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("ftp://stamps.co.id", ALLOWED)).toMatchObject({ ok: false });
  });
});

describe("parseAllowedOrigins", () => {
  it("reads origins and names the entry at fault", () => {
    expect(parseAllowedOrigins("https://stamps.co.id/,  http://localhost:4010 ,")).toEqual([
      "https://stamps.co.id",
      "http://localhost:4010",
    ]);
    expect(() => parseAllowedOrigins("https://stamps.co.id,stamps.example")).toThrow('"stamps.example" is not a URL');
    expect(() => parseAllowedOrigins("ftp://stamps.co.id")).toThrow("not an http(s) URL");
  });
});
