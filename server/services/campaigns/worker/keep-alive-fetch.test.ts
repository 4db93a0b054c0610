// The worker's transport against a real local HTTP server: what the Stamps client relies on from fetch.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStampsClient, StampsNetworkError, StampsTimeoutError } from "@/server/stamps";
import { keepAliveFetch } from "./keep-alive-fetch";

let server: Server;
let base: string;
const seen: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === "/redirect") {
        res.writeHead(302, { Location: "http://elsewhere.test/" }).end();
      } else if (req.url!.startsWith("/slow")) {
        setTimeout(() => res.writeHead(200).end("{}"), 2000).unref();
      } else if (req.url === "/empty") {
        res.writeHead(204).end();
      } else {
        res
          .writeHead(201, { "Content-Type": "application/json", "X-Answer": "yes" })
          .end(`{"echo":${JSON.stringify(body)}}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("keepAliveFetch", () => {
  it("sends the method, headers and body, and answers with status, headers and body", async () => {
    const res = await keepAliveFetch(new URL(`${base}/api/vouchers/issue?x=1`), {
      method: "POST",
      headers: { Authorization: "Token abc", "Content-Type": "application/json" },
      body: '{"user":"ana@example.com"}',
    });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get("x-answer")).toBe("yes");
    expect(await res.json()).toEqual({ echo: '{"user":"ana@example.com"}' });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: "POST", url: "/api/vouchers/issue?x=1" });
    expect(request.headers).toMatchObject({ authorization: "Token abc", "content-length": "26" });
    expect((await keepAliveFetch(`${base}/empty`)).status).toBe(204);
  });

  it("refuses to follow a redirect when asked to, as fetch does", async () => {
    const error = await keepAliveFetch(`${base}/redirect`, { redirect: "error" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
  });

  it("rejects with the signal's reason: a TimeoutError for AbortSignal.timeout", async () => {
    const error = await keepAliveFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("TimeoutError");
  });

  it("rejects a refused connection with TypeError and the cause's code", async () => {
    const error = (await keepAliveFetch("http://127.0.0.1:9/").catch((e: unknown) => e)) as TypeError;
    expect(error).toBeInstanceOf(TypeError);
    expect((error.cause as { code?: string }).code).toBe("ECONNREFUSED");
  });

  it("rejects a header value with a line break instead of sending it", async () => {
    const error = await keepAliveFetch(`${base}/`, { headers: { Authorization: "Token a\nX-Injected: yes" } }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe("TypeError");
  });

  it("gives the Stamps client its timeout and network errors", async () => {
    const client = (baseUrl: string, timeoutMs: number) =>
      createStampsClient({
        baseUrl,
        tokenType: "Token",
        token: "t0k3n",
        timeoutMs,
        allowedOrigins: [new URL(baseUrl).origin],
        fetch: keepAliveFetch,
      });
    const slow = await client(`${base}/slow`, 50)
      .memberships.status({ user: "x", merchant: 14 })
      .catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(StampsTimeoutError);
    const refused = await client("http://127.0.0.1:9", 2000)
      .memberships.status({ user: "x", merchant: 14 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StampsNetworkError);
  });
});
