import { TRPCError } from "@trpc/server";

/** The TRPCError a call ends with; fails the test if it succeeds. */
export async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}
