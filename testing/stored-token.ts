import { randomBytes } from "node:crypto";
import { createKeyring, decryptToken } from "../server/services/merchants/token-cipher";

type StoredMerchant = { id: string; tokenCiphertext: string; tokenKeyVersion: number };

/**
 * What is wrong with how a merchant row stores `token`; empty when it is properly encrypted: the
 * token (or any base64 form of it) is nowhere in the column or its decoded bytes, the test key
 * decrypts it back, and any other key fails. A column holding plain base64 of the token fails.
 */
export function storedTokenProblems(row: StoredMerchant, token: string, keyBase64: string): string[] {
  const problems: string[] = [];
  const raw = Buffer.from(row.tokenCiphertext, "base64");
  const plain = Buffer.from(token, "utf8");
  if (row.tokenCiphertext.includes(token)) problems.push("the column holds the token as typed");
  for (const encoding of ["base64", "base64url", "hex"] as const) {
    if (row.tokenCiphertext.includes(plain.toString(encoding).replace(/=+$/, ""))) {
      problems.push(`the column holds the token in ${encoding}`);
    }
  }
  if (raw.includes(plain)) problems.push("the column's decoded bytes hold the token");
  const decrypt = (key: string) =>
    decryptToken(
      createKeyring({ version: row.tokenKeyVersion, key }),
      { ciphertext: row.tokenCiphertext, keyVersion: row.tokenKeyVersion },
      row.id,
    );
  try {
    if (decrypt(keyBase64) !== token) problems.push("the test key decrypts it to something else");
  } catch (error) {
    problems.push(`the test key does not decrypt it: ${(error as Error).message}`);
  }
  try {
    decrypt(randomBytes(32).toString("base64"));
    problems.push("another key decrypts it too");
  } catch {
    // Expected: only the key it was encrypted with opens it.
  }
  return problems;
}
