import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStampsAddress, isInternalAddress } from "./address-guard";
import { createStampsClient, StampsAddressError, StampsNetworkError } from "./index";
import { stampsErrorToAppError } from "./to-app-error";

const TOKEN = "address-guard-secret-token";

/** A real HTTP server that records what reaches it; `redirectTo` makes it answer 302 there. */
function recordingServer(redirectTo?: () => string) {
  const seen: { url: string; authorization: string | undefined }[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", authorization: req.headers.authorization });
    if (redirectTo) res.writeHead(302, { Location: `${redirectTo()}${req.url}` }).end();
    else res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
  });
  return { server, seen, url: () => `http://localhost:${(server.address() as AddressInfo).port}` };
}

const listen = (server: Server) => new Promise<void>((resolve) => server.listen(0, "localhost", resolve));

const attacker = recordingServer();
const redirector = recordingServer(() => attacker.url());

beforeAll(async () => {
  await listen(attacker.server);
  await listen(redirector.server);
});
afterAll(() => {
  attacker.server.close();
  redirector.server.close();
});

const client = (baseUrl: string, allowedOrigins: string[]) =>
  createStampsClient({ baseUrl, tokenType: "Token", token: TOKEN, timeoutMs: 2000, allowedOrigins });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

describe("the Stamps client's address guard", () => {
  it("knows loopback, private, link-local and mapped addresses from public ones", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "203.0.113.9", "172.32.0.1", "2001:4860:4860::8888"]) {
      expect(isInternalAddress(address), address).toBe(false);
    }
  });

  it("refuses a host that resolves to this machine, unless its origin is on the allow-list", async () => {
    expect(await checkStampsAddress(new URL("http://localhost:1/api/x"), [])).toEqual({
      ok: false,
      reason: "internal",
    });
    expect(await checkStampsAddress(new URL("http://[::1]:1/api/x"), [])).toEqual({ ok: false, reason: "internal" });
    expect(await checkStampsAddress(new URL("http://localhost:1/api/x"), ["http://localhost:1"])).toEqual({ ok: true });
    expect(await checkStampsAddress(new URL("https://no-such-host.invalid/api"), [])).toEqual({
      ok: false,
      reason: "not-resolved",
    });
  });

  it("sends nothing to a loopback or private address that is not allowed, and says so without naming it", async () => {
    for (const baseUrl of [attacker.url(), attacker.url().replace("localhost", "127.0.0.1")]) {
      const error = await failure(
        client(baseUrl, ["https://stamps.co.id"]).memberships.status({ user: "x", merchant: 14 }),
      );
      expect(error).toBeInstanceOf(StampsAddressError);
      const appError = stampsErrorToAppError(error as StampsAddressError);
      expect(appError.userMessage).toBe(
        "This merchant's Stamps API address cannot be used. An admin can check it in Settings.",
      );
      expect(appError.userMessage + appError.message).not.toMatch(/127\.0\.0\.1|::1|localhost/);
    }
    expect(attacker.seen).toEqual([]);
  });

  it("does not follow a redirect, so the token never reaches where it points", async () => {
    const error = await failure(
      client(redirector.url(), [redirector.url(), attacker.url()]).memberships.status({ user: "x", merchant: 14 }),
    );
    expect(error).toBeInstanceOf(StampsNetworkError);
    expect(redirector.seen.length).toBeGreaterThan(0);
    expect(attacker.seen).toEqual([]);
  });
});
