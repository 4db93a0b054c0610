import path from "node:path";
import { defineConfig } from "prisma/config";

const root = import.meta.dirname;

// Prisma's CLI runs outside Next, so it reads the URL itself; env.ts holds the same default.
const databaseUrl = process.env.DATABASE_URL ?? `file:${path.join(root, "data", "backoffice.db")}`;

export default defineConfig({
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: {
    path: path.join(root, "prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url: databaseUrl },
});
