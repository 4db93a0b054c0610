import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { readRequestData } from "./body";

const app = new Hono();
app.post("/echo", async (c) => c.json({ data: await readRequestData(c) }));
app.onError((error, c) => (error instanceof ApiError ? c.json(error.body, error.status) : c.json({}, 500)));

const post = (body: string, contentType?: string) =>
  app.request("/echo", { method: "POST", body, headers: contentType ? { "Content-Type": contentType } : {} });

describe("readRequestData", () => {
  it("parses JSON", async () => {
    const res = await post('{"merchant": 14}', "application/json; charset=utf-8");
    expect(await res.json()).toEqual({ data: { merchant: 14 } });
  });

  it("parses form-encoded bodies", async () => {
    const res = await post("merchant=14&user=a%40b.c", "application/x-www-form-urlencoded");
    expect(await res.json()).toEqual({ data: { merchant: "14", user: "a@b.c" } });
  });

  it("reads an empty body as no fields", async () => {
    const res = await post("", "application/json");
    expect(await res.json()).toEqual({ data: {} });
  });

  it("answers 400 for malformed JSON instead of failing", async () => {
    const res = await post('{"merchant": ', "application/json");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { detail: string };
    expect(body.detail).toMatch(/^JSON parse error - .+/);
  });

  it("answers 415 for other media types", async () => {
    const res = await post("merchant 14", "text/plain");
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });
});
