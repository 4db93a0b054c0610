// The ceiling for the emulator's figures: a bare node:http server doing one SQLite statement per
// request on the same database file, with the emulator's pragmas, and nothing else (no routing
// library, auth or validation). Started by bench/emulator.ts as its own process, like the emulator.
//   GET  /read?id=<user id>   one indexed read, answered as JSON
//   POST /insert              JSON body {"member": <id>, "value": <number>}, one INSERT
import { createServer } from "node:http";
import Database from "better-sqlite3";

const file = process.env.BENCH_DB;
const port = Number(process.env.BENCH_PORT);
if (!file || !Number.isInteger(port)) throw new Error("Set BENCH_DB and BENCH_PORT.");

const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.pragma("busy_timeout = 5000");
db.exec(`CREATE TABLE IF NOT EXISTS bench_inserts (
  id INTEGER PRIMARY KEY AUTOINCREMENT, member INTEGER NOT NULL, value REAL NOT NULL, created_at TEXT NOT NULL)`);

const readUser = db.prepare<[number], { id: number; name: string; email: string | null; phone: string | null }>(
  "SELECT id, name, email, phone FROM users WHERE id = ?",
);
const insertRow = db.prepare<[number, number, string]>(
  "INSERT INTO bench_inserts (member, value, created_at) VALUES (?, ?, ?)",
);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (req.method === "GET" && url.pathname === "/read") {
    const user = readUser.get(Number(url.searchParams.get("id")));
    reply(user ? 200 : 404, user ?? { detail: "Not found." });
    return;
  }
  if (req.method === "POST" && url.pathname === "/insert") {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const { member, value } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { member: number; value: number };
      const { lastInsertRowid } = insertRow.run(member, value, new Date().toISOString());
      reply(200, { id: Number(lastInsertRowid) });
    });
    return;
  }
  reply(404, { detail: "Not found." });
});

server.listen(port, "127.0.0.1", () => console.log(`bare SQLite server listening on ${port}`));
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  db.close();
});
