import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function seed(args: string[]) {
  const file = path.join(path.dirname(inject("templateDb")), "tmp", `seed-${process.pid}-${args.length}.db`);
  fs.copyFileSync(inject("templateDb"), file);
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts", ...args], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `file:${file}`,
      DEMO_STAMPS_API_BASE_URL: "https://stamps.co.id",
    },
    encoding: "utf8",
  });
  return run;
}

describe("the demo seed", () => {
  it("refuses to run when NODE_ENV is production, unless told to", () => {
    const refused = seed([]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("NODE_ENV is production: the demo seed would add staff with published passwords");

    const allowed = seed(["--allow-production"]);
    expect(allowed.stderr).toBe("");
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain("Seeded 3 demo staff");
  }, 60_000);
});
