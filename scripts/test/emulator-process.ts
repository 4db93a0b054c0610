import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the Stamps API emulator as its own process on a free port with its own database, the way
 * the back office meets the real API: over HTTP only. Resolves once it answers.
 */
export async function startEmulatorProcess(options: {
  databaseFile: string;
  port?: number;
  env?: Record<string, string>;
}) {
  const port = options.port ?? (await freePort());
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["server/emulator/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...options.env,
      EMULATOR_PORT: String(port),
      EMULATOR_DATABASE_URL: `file:${options.databaseFile}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The emulator exited with code ${child.exitCode}`);
    try {
      await fetch(`${url}/api/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGTERM");
        throw new Error("The emulator did not start within 60 s");
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, pid: child.pid!, stop: () => void child.kill("SIGTERM") };
}
