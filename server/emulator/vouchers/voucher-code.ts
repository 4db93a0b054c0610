import { randomInt } from "node:crypto";

// Without 0/O and 1/I, which cashiers misread when a customer dictates a code.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 8;
const ATTEMPTS = 10;

export function randomVoucherCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE";

/**
 * Runs `insert` with fresh random codes until one is free in the merchant (codes are unique per
 * merchant). A failed INSERT only undoes itself, so this is safe inside the caller's transaction.
 */
export function insertWithUniqueCode<T>(insert: (code: string) => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return insert(randomVoucherCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
