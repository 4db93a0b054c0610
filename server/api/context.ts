import "server-only";
import { getConsoleStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import type { TRPCContext } from "./trpc";

export async function createTRPCContext(): Promise<TRPCContext> {
  return { db, staff: await getConsoleStaff() };
}
