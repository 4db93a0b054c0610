import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorApp } from "./app";
import type { TestEmulator } from "./testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "./testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const STATUS_URL = "/api/memberships/status?user=customer@stamps.co.id&merchant=14";

describe("authentication", () => {
  it.each(["Token", "Bearer", "token", "BEARER"])('accepts "%s <key>"', async (scheme) => {
    const res = await emulator.get(STATUS_URL, { Authorization: `${scheme} ${TEST_DEMO_TOKEN}` });
    expect(res.status).toBe(200);
  });

  it("accepts the legacy token query parameter", async () => {
    const res = await emulator.get(`${STATUS_URL}&token=${TEST_DEMO_TOKEN}`, {});
    expect(res.status).toBe(200);
  });

  it.each([
    ["no header", {}],
    ["another scheme", { Authorization: `Basic ${TEST_DEMO_TOKEN}` }],
  ])("answers 403 without credentials (%s)", async (_case, headers) => {
    const res = await emulator.get(STATUS_URL, headers);
    expect(res.status).toBe(403);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("Vary")).toBe("Accept");
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(await res.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });

  it.each([
    ["an unknown token", "Token nope", "Invalid token."],
    ["a scheme without token", "Token", "Invalid token header. No credentials provided."],
    ["a token with spaces", "Token a b", "Invalid token header. Token string should not contain spaces."],
  ])("answers 401 for %s", async (_case, authorization, detail) => {
    const res = await emulator.get(STATUS_URL, { Authorization: authorization });
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toBe("Token");
    expect(await res.json()).toEqual({ detail });
  });

  it("answers 403 when merchant B is asked with merchant A's token", async () => {
    const res = await emulator.get(STATUS_URL, { Authorization: `Token ${emulator.seed.otherToken}` });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: "You do not have permission to perform this action." });
  });
});

describe("routing", () => {
  it("answers 405 with the allowed methods for a wrong method", async () => {
    const res = await emulator.app.request(STATUS_URL, {
      method: "POST",
      headers: { Authorization: `Token ${TEST_DEMO_TOKEN}` },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("Vary")).toBe("Accept");
    expect(await res.json()).toEqual({ detail: 'Method "POST" not allowed.' });
  });

  it("answers HEAD like GET, without a body", async () => {
    const res = await emulator.app.request(STATUS_URL, {
      method: "HEAD",
      headers: { Authorization: `Token ${TEST_DEMO_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(await res.text()).toBe("");
  });

  it("authenticates before checking the method, as DRF does", async () => {
    const res = await emulator.app.request(STATUS_URL, { method: "DELETE" });
    expect(res.status).toBe(403);
  });

  it("describes the endpoint on OPTIONS", async () => {
    const res = await emulator.app.request("/api/memberships/suggestions", {
      method: "OPTIONS",
      headers: { Authorization: `Token ${TEST_DEMO_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(await res.json()).toMatchObject({ name: "Member Suggestions", renders: ["application/json"] });
  });

  it.each(["/api/nothing-here", "/api/memberships/status/", "/"])("answers 404 for %s", async (url) => {
    const res = await emulator.get(url);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("Vary")).toBe("Accept");
    expect(await res.json()).toEqual({ detail: "Not found." });
  });
});

describe("unexpected errors", () => {
  it("answers 500 and logs the failure without the token", async () => {
    const logged: string[] = [];
    const { sqlite } = emulator.db;
    const app = createEmulatorApp({ db: emulator.db, logError: (line) => logged.push(line) });
    sqlite.exec("ALTER TABLE membership_levels RENAME TO membership_levels_gone");
    try {
      const res = await app.request(`${STATUS_URL}&token=${TEST_DEMO_TOKEN}`);
      expect(res.status).toBe(500);
      expect(res.headers.get("Content-Type")).toBe("application/json");
      expect(await res.json()).toEqual({ detail: "A server error occurred." });
    } finally {
      sqlite.exec("ALTER TABLE membership_levels_gone RENAME TO membership_levels");
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("500 GET /api/memberships/status");
    expect(logged[0]).not.toContain(TEST_DEMO_TOKEN);
  });
});
