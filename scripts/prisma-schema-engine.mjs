#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded
// offline. The Prisma CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY (see
// scripts/prisma.mjs) and talks to it exactly as to the native binary:
//
//   schema-engine [--datamodels FILE]... [--datasource JSON]
//       JSON-RPC 2.0, one JSON object per line on stdin/stdout, logs as JSON lines on stderr
//   schema-engine --datasource JSON cli can-connect-to-database|create-database
//   schema-engine --version
//
// Every JSON-RPC method is handed to the WebAssembly build of the same engine
// (@prisma/schema-engine-wasm), connected to SQLite through @prisma/adapter-better-sqlite3.
// The places where the Wasm engine behaves differently from the native one are
// smoothed over below; each is marked "Mismatch".
// Only SQLite is supported.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Same table as the native engine creates; used for mismatch 1.
const MIGRATIONS_TABLE_DDL = `CREATE TEMP TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

function parseArgs(argv) {
  const parsed = { datamodels: [], datasource: {}, cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") parsed.datamodels.push(argv[++i]);
    else if (arg === "--datasource") parsed.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") parsed.version = true;
    else if (arg === "cli") parsed.cliCommand = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
  }
  return parsed;
}

// Log lines in the native engine's format (the CLI reads `level`, `fields` and `target`).
function logLine(level, fields) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n",
  );
}

/** `file:./dev.db`, `file:/abs/dev.db` or `file:dev.db?x=y` -> absolute path (the CLI starts us in the config's folder). */
function sqlitePath(url) {
  if (typeof url !== "string" || !url.startsWith("file:")) {
    throw new UserFacingError(
      "P1013",
      `The provided database string is invalid. Only SQLite \`file:\` URLs are supported by this schema engine, got \`${url}\`.`,
    );
  }
  const filePath = url.slice("file:".length).replace(/\?.*$/, "");
  return filePath === ":memory:" ? filePath : path.resolve(filePath);
}

class UserFacingError extends Error {
  constructor(code, message, meta) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

// ---------------------------------------------------------------------------
// `schema-engine --datasource ... cli <command>`
// ---------------------------------------------------------------------------

function runCliCommand(command, datasource) {
  // Mismatch 5: the CLI drops the first stderr line before looking for the error,
  // so there must be one in front of it.
  logLine("INFO", { message: `Starting schema engine CLI command ${command}` });
  try {
    const dbPath = sqlitePath(datasource.url);
    if (command === "can-connect-to-database") {
      if (dbPath !== ":memory:" && !existsSync(dbPath)) {
        throw new UserFacingError("P1003", `Database \`${path.basename(dbPath)}\` does not exist`);
      }
    } else if (command === "create-database") {
      createSqliteDatabase(dbPath);
    } else if (command === "drop-database") {
      throw new Error("drop-database is not supported by this schema engine stand-in");
    } else {
      throw new Error(`Unknown CLI command: ${command}`);
    }
    return 0;
  } catch (error) {
    logLine("ERROR", { is_panic: false, error_code: error.code, message: error.message });
    return 1;
  }
}

function createSqliteDatabase(dbPath) {
  if (dbPath === ":memory:" || existsSync(dbPath)) return path.basename(dbPath);
  mkdirSync(path.dirname(dbPath), { recursive: true });
  new Database(dbPath).close();
  return path.basename(dbPath);
}

// ---------------------------------------------------------------------------
// JSON-RPC mode
// ---------------------------------------------------------------------------

async function loadWasm() {
  // The module reports Rust panics here before trapping.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    get() {
      return this.message;
    },
    set_message(message) {
      this.message = message;
    },
  };
  const bindingsPath = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmBytes = readFileSync(bindingsPath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": wasmBindings });
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

/**
 * The better-sqlite3 adapter factory, with a handle on the main connection
 * (mismatches 1 and 3) and connections patched by patchQueryable.
 */
class SqliteAdapterFactory {
  provider = "sqlite";
  mainConnection = null;
  /** The database error of the last script that failed on the main connection (for P3018). */
  lastScriptError = null;

  constructor(dbPath, shadowDbPath) {
    this.inner = new PrismaBetterSqlite3(
      { url: dbPath },
      shadowDbPath ? { shadowDatabaseUrl: shadowDbPath } : undefined,
    );
    this.adapterName = this.inner.adapterName;
  }

  async connect() {
    const connection = patchConnection(await this.inner.connect());
    const executeScript = connection.executeScript;
    connection.executeScript = async (script) => {
      try {
        return await executeScript(script);
      } catch (error) {
        this.lastScriptError = {
          code: error.cause?.originalCode ?? error.code ?? "none",
          message: error.cause?.originalMessage ?? error.message,
        };
        throw error;
      }
    };
    this.mainConnection = connection;
    return connection;
  }

  async connectToShadowDb() {
    return patchConnection(await this.inner.connectToShadowDb());
  }
}

function patchConnection(connection) {
  patchQueryable(connection, ["queryRaw", "executeRaw", "executeScript", "startTransaction"]);
  const startTransaction = connection.startTransaction;
  connection.startTransaction = async (...rest) =>
    patchQueryable(await startTransaction(...rest), ["queryRaw", "executeRaw", "commit", "rollback"]);
  return connection;
}

function patchQueryable(queryable, methods) {
  for (const name of methods) {
    const method = queryable[name].bind(queryable);
    queryable[name] = async (...rest) => {
      try {
        return await method(...rest);
      } catch (error) {
        // Mismatch 2: replaying migration files on the shadow database, the engine sends
        // whole scripts through executeRaw, and better-sqlite3 refuses to prepare more
        // than one statement at a time. Run those (parameterless) scripts with exec().
        if (name === "executeRaw" && isMultiStatementError(error) && rest[0].args.length === 0) {
          queryable.client.exec(rest[0].sql);
          return 0;
        }
        // The adapter reports SQLITE_BUSY as kind `SocketTimeout`, which this engine build
        // cannot decode ("unknown variant `SocketTimeout`"): pass it on as a plain SQLite error.
        if (error?.name === "DriverAdapterError" && error.cause?.kind === "SocketTimeout") {
          error.cause = {
            kind: "sqlite",
            extendedCode: 5,
            message: error.cause.originalMessage ?? "database is locked",
          };
        }
        throw error;
      }
    };
  }
  return queryable;
}

function isMultiStatementError(error) {
  return error instanceof RangeError && /more than one statement/.test(error.message);
}

async function serveJsonRpc({ datamodels: datamodelPaths, datasource }) {
  await loadWasm();

  const dbPath = datasource.url ? sqlitePath(datasource.url) : ":memory:";
  const shadowDbPath = datasource.shadowDatabaseUrl ? sqlitePath(datasource.shadowDatabaseUrl) : undefined;
  const factory = new SqliteAdapterFactory(dbPath, shadowDbPath);
  const boundFactory = bindMigrationAwareSqlAdapterFactory(factory);

  const datamodels = datamodelPaths.map((file) => [file, readFileSync(path.resolve(file), "utf8")]);
  // Mismatch 4 (part 1): without any datamodel (`migrate diff`) the Wasm engine
  // panics on start; a schema with only the datasource is enough.
  if (datamodels.length === 0) datamodels.push(["schema.prisma", 'datasource db {\n  provider = "sqlite"\n}\n']);

  let currentMigration = null;
  const log = (line) => {
    process.stderr.write(line.endsWith("\n") ? line : line + "\n");
    try {
      currentMigration = JSON.parse(line).span?.migration_name ?? currentMigration;
    } catch {
      // not JSON: nothing to track
    }
  };
  const engine = await wasmBindings.SchemaEngine.new({ datamodels }, log, boundFactory);

  const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

  // Requests we send to the CLI (only `print`), waiting for its answer.
  let nextOwnId = 1;
  const pendingOwnRequests = new Map();
  const requestCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwnRequests.set(id, resolve);
      send({ id, method, params });
    });

  async function handle(method, params) {
    switch (method) {
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
        return withMigrationsTable(method, params);
      case "reset":
        return resetDatabase(params);
      case "diff": {
        // Mismatch 4 (part 2): the native engine prints the diff through a `print`
        // request to the CLI; the Wasm engine returns it instead.
        const { stdout, ...rest } = await engine.diff(params);
        if (stdout) await requestCli("print", { content: stdout.endsWith("\n") ? stdout : `${stdout}\n` });
        return { ...rest, stdout: null };
      }
      case "getDatabaseVersion":
        return engine.version(params ?? null);
      case "createDatabase":
        return { databaseName: createSqliteDatabase(sqlitePath(params.datasource.url)) };
      case "applyMigrations":
        factory.lastScriptError = null;
        currentMigration = null;
        try {
          return await engine.applyMigrations(params);
        } catch (error) {
          if (!factory.lastScriptError || !currentMigration) throw error;
          throw migrationFailedError(currentMigration, factory.lastScriptError);
        }
      default:
        if (typeof engine[method] !== "function" || method === "free" || method === "new") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        return engine[method](params);
    }
  }

  // Mismatch 1: on a database without `_prisma_migrations` the Wasm engine answers
  // P1014 where the native one treats the history as empty. Answer against an empty
  // TEMP table of the same shape, which never reaches the database file.
  async function withMigrationsTable(method, params) {
    try {
      return await engine[method](params);
    } catch (error) {
      if (error.code !== "P1014" || !factory.mainConnection) throw error;
    }
    await factory.mainConnection.executeScript(MIGRATIONS_TABLE_DDL);
    try {
      const result = await engine[method](params);
      return method === "diagnoseMigrationHistory" ? { ...result, hasMigrationsTable: false } : result;
    } finally {
      await factory.mainConnection.executeScript('DROP TABLE temp."_prisma_migrations"');
    }
  }

  // Mismatch 3: the Wasm engine's reset on SQLite only deletes rows, so the next
  // applyMigrations fails with "table already exists". Like the native engine, start
  // over from an empty file: copy an empty database over it with SQLite's backup API.
  async function resetDatabase(params) {
    if (dbPath === ":memory:") return engine.reset(params);
    const connection = factory.mainConnection;
    // The engine holds the file in exclusive locking mode; release it for the backup.
    if (connection) {
      connection.client.exec("PRAGMA main.locking_mode=NORMAL");
      connection.client.prepare("PRAGMA main.quick_check").all();
    }
    const empty = new Database(":memory:");
    try {
      await empty.backup(dbPath);
    } finally {
      empty.close();
    }
    if (connection) connection.client.exec("PRAGMA main.locking_mode=EXCLUSIVE");
    return {};
  }

  let queue = Promise.resolve();
  let panicked = false;

  async function onRequest(request) {
    try {
      const result = await handle(request.method, request.params);
      send({ id: request.id, result: result ?? {} });
    } catch (error) {
      send({ id: request.id, error: toRpcError(error, boundFactory.errorRegistry) });
      if (error?.name === "RuntimeError") panicked = true;
    }
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      // An answer from the CLI to one of our own requests.
      pendingOwnRequests.get(message.id)?.(message);
      pendingOwnRequests.delete(message.id);
      return;
    }
    queue = queue.then(async () => {
      if (panicked) return;
      await onRequest(message);
      // A panic leaves the Wasm instance unusable: exit like the native engine does.
      if (panicked) process.exit(101);
    });
  });
  // The CLI ends a session by closing our stdin: finish the current request, then exit.
  lines.on("close", () => {
    queue.then(() => process.exit(panicked ? 101 : 0));
  });
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// The native engine reports a migration script that fails as P3018 with the database
// error; the Wasm engine passes on the adapter's error (e.g. P1014 for a missing table,
// or a bare message followed by a span trace).
function migrationFailedError(migrationName, databaseError) {
  return new UserFacingError(
    "P3018",
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${migrationName}\n\n` +
      `Database error code: ${databaseError.code}\n\n` +
      `Database error:\n${databaseError.message}\n`,
    { migration_name: migrationName, database_error_code: databaseError.code, database_error: databaseError.message },
  );
}

/** Shapes an error like the native engine's JSON-RPC errors, which the CLI formats for the user. */
function toRpcError(error, errorRegistry) {
  if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
  if (error?.name === "RuntimeError") {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || String(error.message);
    logLine("ERROR", { is_panic: true, message, backtrace: error.stack });
    // For panics the CLI shows the top-level message.
    return { code: 4466, message, data: { is_panic: true, message, backtrace: error.stack } };
  }
  // Errors thrown inside the driver adapter reach us only as "External error id#N";
  // the cause is kept in the bound factory's registry.
  const message = String(error?.message ?? error).replace(/External error id#(\d+)/g, (text, id) => {
    const cause = errorRegistry.consumeError(Number(id))?.error;
    return cause ? String(cause.message ?? cause) : text;
  });
  const data = { is_panic: false, message };
  if (error?.code) data.error_code = error.code;
  if (error?.meta) data.meta = error.meta;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

// ---------------------------------------------------------------------------

const args = parseArgs(process.argv.slice(2));

try {
  if (args.version) {
    await loadWasm();
    process.stdout.write(`schema-engine-cli ${wasmBindings.version()}\n`);
  } else if (args.cliCommand) {
    process.exitCode = runCliCommand(args.cliCommand, args.datasource);
  } else {
    await serveJsonRpc(args);
  }
} catch (error) {
  logLine("ERROR", { message: String(error?.stack ?? error) });
  process.exit(1);
}
