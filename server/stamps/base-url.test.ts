import { describe, expect, it } from "vitest";
import { checkStampsBaseUrl } from "./base-url";

describe("checkStampsBaseUrl", () => {
  it("accepts https anywhere and http only on this machine", () => {
    expect(checkStampsBaseUrl("https://stamps.co.id/")).toEqual({ ok: true, url: "https://stamps.co.id" });
    expect(checkStampsBaseUrl("http://localhost:4010")).toEqual({ ok: true, url: "http://localhost:4010" });
    expect(checkStampsBaseUrl("http://127.0.0.1:4010")).toMatchObject({ ok: true });
    expect(checkStampsBaseUrl("http://stamps.co.id")).toEqual({
      ok: false,
      message: "Use https:// (plain http is allowed only for localhost)",
    });
    expect(checkStampsBaseUrl("http://localhost.evil.com")).toMatchObject({ ok: false });
  });

  it("refuses what is not a plain base URL", () => {
    expect(checkStampsBaseUrl("stamps.co.id")).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("https://user:pw@stamps.co.id")).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("https://stamps.co.id/?x=1")).toMatchObject({ ok: false });
    expect(checkStampsBaseUrl("ftp://stamps.co.id")).toMatchObject({ ok: false });
  });
});
