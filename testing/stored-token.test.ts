import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createKeyring, encryptToken } from "../server/services/merchants/token-cipher";
import { storedTokenProblems } from "./stored-token";

const token = "a-secret-token-1234";
const key = randomBytes(32).toString("base64");

describe("storedTokenProblems", () => {
  it("passes a token encrypted with the key", () => {
    const encrypted = encryptToken(createKeyring({ version: 1, key }), token, "m-1");
    expect(
      storedTokenProblems({ id: "m-1", tokenCiphertext: encrypted.ciphertext, tokenKeyVersion: 1 }, token, key),
    ).toEqual([]);
  });

  it("fails plain base64 of the token, which a search for the token alone would pass", () => {
    const base64 = Buffer.from(token).toString("base64");
    expect(base64).not.toContain(token);
    const problems = storedTokenProblems({ id: "m-1", tokenCiphertext: base64, tokenKeyVersion: 1 }, token, key);
    expect(problems).toContain("the column holds the token in base64");
    expect(problems.some((problem) => problem.startsWith("the test key does not decrypt it"))).toBe(true);
  });

  it("fails a token hidden behind a prefix, and one encrypted under another key", () => {
    const shifted = Buffer.concat([Buffer.from("x"), Buffer.from(token)]).toString("base64");
    expect(storedTokenProblems({ id: "m-1", tokenCiphertext: shifted, tokenKeyVersion: 1 }, token, key)).toContain(
      "the column's decoded bytes hold the token",
    );
    const other = encryptToken(createKeyring({ version: 1, key: randomBytes(32).toString("base64") }), token, "m-1");
    expect(
      storedTokenProblems({ id: "m-1", tokenCiphertext: other.ciphertext, tokenKeyVersion: 1 }, token, key)[0],
    ).toMatch(/^the test key does not decrypt it/);
  });
});
