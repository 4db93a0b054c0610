import "server-only";
import { env } from "@/env";
import { createDbClient } from "@/server/db-client";

const createPrismaClient = () => createDbClient(env.DATABASE_URL);

// One client per process; Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
