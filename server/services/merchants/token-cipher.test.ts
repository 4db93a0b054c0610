import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createKeyring, decryptToken, encryptToken, TokenDecryptionError } from "./token-cipher";

const key = () => randomBytes(32).toString("base64");

describe("token cipher", () => {
  const keyring = createKeyring({ version: 1, key: key() });

  it("round-trips a token and keeps only the last 4 characters in clear", () => {
    const encrypted = encryptToken(keyring, "secret-token-abcd", "merchant-1");
    expect(encrypted.ciphertext).not.toContain("secret");
    expect(encrypted.last4).toBe("abcd");
    expect(decryptToken(keyring, encrypted, "merchant-1")).toBe("secret-token-abcd");
  });

  it("uses a fresh IV each time", () => {
    const a = encryptToken(keyring, "same", "m");
    const b = encryptToken(keyring, "same", "m");
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("detects a tampered ciphertext", () => {
    const encrypted = encryptToken(keyring, "secret-token-abcd", "merchant-1");
    const raw = Buffer.from(encrypted.ciphertext, "base64");
    raw[raw.length - 1] = raw.at(-1)! ^ 0x01;
    expect(() => decryptToken(keyring, { ...encrypted, ciphertext: raw.toString("base64") }, "merchant-1")).toThrow(
      TokenDecryptionError,
    );
  });

  it("refuses a ciphertext moved to another merchant", () => {
    const encrypted = encryptToken(keyring, "secret-token-abcd", "merchant-1");
    expect(() => decryptToken(keyring, encrypted, "merchant-2")).toThrow(TokenDecryptionError);
  });

  it("refuses a different key and reads tokens saved under a previous key", () => {
    const oldKey = key();
    const old = createKeyring({ version: 1, key: oldKey });
    const encrypted = encryptToken(old, "rotated", "m");
    expect(() => decryptToken(createKeyring({ version: 1, key: key() }), encrypted, "m")).toThrow(TokenDecryptionError);
    const rotated = createKeyring({ version: 2, key: key() }, `1:${oldKey}`);
    expect(decryptToken(rotated, encrypted, "m")).toBe("rotated");
    expect(encryptToken(rotated, "new", "m").keyVersion).toBe(2);
  });

  it("rejects keys of the wrong size", () => {
    expect(() => createKeyring({ version: 1, key: Buffer.alloc(16).toString("base64") })).toThrow(/32 bytes/);
  });
});
