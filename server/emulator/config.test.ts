import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEmulatorConfig, repoRoot, resolveDatabaseUrl } from "./config";

describe("resolveDatabaseUrl", () => {
  it("defaults to data/emulator.db in the repository", () => {
    expect(resolveDatabaseUrl(undefined)).toBe(`file:${path.join(repoRoot, "data", "emulator.db")}`);
  });

  it("reads relative paths from the repository root, whatever the working directory", () => {
    expect(resolveDatabaseUrl("file:./data/other.db")).toBe(`file:${path.join(repoRoot, "data", "other.db")}`);
  });

  it.each(["file:/tmp/e.db", "file:///tmp/e.db", "/tmp/e.db"])("keeps the absolute path of %s", (url) => {
    expect(resolveDatabaseUrl(url)).toBe("file:/tmp/e.db");
  });
});

describe("loadEmulatorConfig", () => {
  it("has defaults for everything", () => {
    expect(loadEmulatorConfig({})).toEqual({
      port: 4010,
      host: "localhost",
      databaseUrl: resolveDatabaseUrl(undefined),
      demoToken: undefined,
      otherDemoToken: undefined,
      controlSecret: undefined,
    });
  });

  it("reads the EMULATOR_ variables", () => {
    expect(
      loadEmulatorConfig({
        EMULATOR_PORT: "4999",
        EMULATOR_HOST: "0.0.0.0",
        EMULATOR_DATABASE_URL: "file:/tmp/e.db",
        EMULATOR_DEMO_TOKEN: "abc",
        EMULATOR_CONTROL_SECRET: " s3cret ",
      }),
    ).toEqual({
      port: 4999,
      host: "0.0.0.0",
      databaseUrl: "file:/tmp/e.db",
      demoToken: "abc",
      otherDemoToken: undefined,
      controlSecret: "s3cret",
    });
  });

  it("refuses a port that is not one", () => {
    expect(() => loadEmulatorConfig({ EMULATOR_PORT: "http" })).toThrow("EMULATOR_PORT must be a port number");
  });
});
