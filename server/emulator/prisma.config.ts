import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrlFromEnv, emulatorDir, migrationsDir } from "./config";

export default defineConfig({
  schema: path.join(emulatorDir, "prisma", "schema.prisma"),
  migrations: { path: migrationsDir },
  datasource: { url: databaseUrlFromEnv() },
});
