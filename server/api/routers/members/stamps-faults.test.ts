import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulatorProcess } from "@/scripts/test/emulator-process";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStampsClient, StampsTimeoutError } from "@/server/stamps";
import { createStaff } from "@/testing/factories/staff";
import { registerMember, type TestMember } from "@/testing/factories/stamps-members";
import { stampsPos } from "@/testing/stamps-pos";
import { createEmulatorMerchant } from "@/testing/vitest";

// The back office against a misbehaving Stamps: an emulator of this file's own, with fault injection on.
const SECRET = "faults-test-secret";
const db = createTestDb();
let emulator: Awaited<ReturnType<typeof startEmulatorProcess>>;
let support: ReturnType<typeof createCaller>;
let merchantId: string;
let member: TestMember;
const databaseFile = path.join(os.tmpdir(), `stamps-faults-${randomUUID()}.db`);

async function injectFault(rule: Record<string, unknown>) {
  const res = await fetch(`${emulator.url}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Emulator-Secret": SECRET },
    body: JSON.stringify(rule),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
}

/** How often each injected fault fired, by path: proof the test met the fault it set up. */
async function faultHits(path: string) {
  const res = await fetch(`${emulator.url}/_emulator/faults`, { headers: { "X-Emulator-Secret": SECRET } });
  const { faults } = (await res.json()) as { faults: { path: string; hits: number }[] };
  return faults.filter((fault) => fault.path === path).map((fault) => fault.hits);
}

async function clearFaults() {
  await fetch(`${emulator.url}/_emulator/faults`, { method: "DELETE", headers: { "X-Emulator-Secret": SECRET } });
}

beforeAll(async () => {
  emulator = await startEmulatorProcess({
    databaseFile,
    env: { EMULATOR_CONTROL_SECRET: SECRET },
  });
  merchantId = (await createEmulatorMerchant(db, { apiBaseUrl: emulator.url })).id;
  support = createCaller({ db, staff: await createStaff(db, "SUPPORT", [merchantId]) });
  member = await registerMember(stampsPos({ baseUrl: emulator.url, token: testEnv.EMULATOR_DEMO_TOKEN! }));
}, 60_000);

afterAll(() => {
  emulator.stop();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
});

describe("the back office when Stamps misbehaves", () => {
  it("reads through one gateway error by trying again", async () => {
    await clearFaults();
    await injectFault({ path: "/api/memberships/status", kind: "error", status: 502, times: 1 });
    const found = await support.members.get({ merchantId, user: member.email });
    expect(found.name).toBe(member.name);
    expect(await faultHits("/api/memberships/status")).toEqual([1]);
  });

  it("says Stamps has a server error when it persists", async () => {
    await clearFaults();
    await injectFault({ path: "/api/memberships/status", kind: "error", status: 503, times: 2 });
    const error = await trpcErrorOf(support.members.get({ merchantId, user: member.email }));
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toBe("Stamps had a server error (503). Try again in a minute.");
    expect(await faultHits("/api/memberships/status")).toEqual([2]);
  });

  it("reports dropped connections as Stamps being unreachable", async () => {
    await clearFaults();
    await injectFault({ path: "/api/memberships/suggestions", kind: "drop", times: 2 });
    const error = await trpcErrorOf(support.members.suggest({ merchantId, query: member.name.toLowerCase() }));
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toContain("Could not reach Stamps");
    expect(await faultHits("/api/memberships/suggestions")).toEqual([2]);
  });

  it("never repeats a change: a failed POST is reported, not retried", async () => {
    await clearFaults();
    await injectFault({ path: "/api/memberships/change", kind: "error", status: 502, times: 1 });
    const client = createStampsClient({
      baseUrl: emulator.url,
      tokenType: "Token",
      token: testEnv.EMULATOR_DEMO_TOKEN!,
      timeoutMs: 5000,
    });
    await expect(
      client.memberships.change({
        id: member.id,
        merchant: 14,
        name: `${member.name} Changed`,
        birthday: "1992-07-08",
        gender: "female",
      }),
    ).rejects.toMatchObject({ status: 502 });
    // The fault hit exactly one request: the client did not send the change a second time.
    expect(await faultHits("/api/memberships/change")).toEqual([1]);
  });

  it("gives up after its timeout when Stamps hangs", async () => {
    await clearFaults();
    await injectFault({ path: "/api/memberships/status", kind: "timeout", holdMs: 10_000, times: 1 });
    const client = createStampsClient({
      baseUrl: emulator.url,
      tokenType: "Token",
      token: testEnv.EMULATOR_DEMO_TOKEN!,
      timeoutMs: 300,
    });
    // A 504 after the 10 s hold would be another error: the timeout error shows the client gave up first.
    await expect(client.memberships.status({ user: member.email, merchant: 14 })).rejects.toBeInstanceOf(
      StampsTimeoutError,
    );
    expect(await faultHits("/api/memberships/status")).toEqual([1]);
  });
});
