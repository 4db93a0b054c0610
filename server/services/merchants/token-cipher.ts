import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export type TokenKeyring = {
  currentVersion: number;
  keys: ReadonlyMap<number, Buffer>;
};

export type EncryptedToken = {
  ciphertext: string;
  keyVersion: number;
  last4: string;
};

export class TokenDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenDecryptionError";
  }
}

/** Parses "1:<base64>,2:<base64>" plus the current key into a keyring. */
export function createKeyring(current: { version: number; key: string }, previous = ""): TokenKeyring {
  const keys = new Map<number, Buffer>();
  for (const entry of previous
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [version, key] = entry.split(":", 2);
    const parsedVersion = Number(version);
    if (!Number.isInteger(parsedVersion) || !key) {
      throw new Error(`TOKEN_ENCRYPTION_PREVIOUS_KEYS: "${version}:…" is not "<version>:<base64 key>"`);
    }
    keys.set(parsedVersion, decodeKey(key, `previous key ${parsedVersion}`));
  }
  keys.set(current.version, decodeKey(current.key, "TOKEN_ENCRYPTION_KEY"));
  return { currentVersion: current.version, keys };
}

function decodeKey(base64: string, name: string) {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

/**
 * AES-256-GCM with a fresh 96-bit IV per token. The merchant id is bound as associated data,
 * so a ciphertext copied onto another merchant's row fails to decrypt instead of leaking across.
 */
export function encryptToken(keyring: TokenKeyring, token: string, associatedData: string): EncryptedToken {
  const key = keyring.keys.get(keyring.currentVersion);
  if (!key) throw new Error(`No key for version ${keyring.currentVersion}`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const encrypted = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return {
    ciphertext: Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64"),
    keyVersion: keyring.currentVersion,
    last4: token.slice(-4),
  };
}

export function decryptToken(
  keyring: TokenKeyring,
  stored: { ciphertext: string; keyVersion: number },
  associatedData: string,
): string {
  const key = keyring.keys.get(stored.keyVersion);
  if (!key)
    throw new TokenDecryptionError(
      `The token was saved under key version ${stored.keyVersion}, which is not configured`,
    );
  const raw = Buffer.from(stored.ciphertext, "base64");
  if (raw.length <= IV_BYTES + TAG_BYTES) throw new TokenDecryptionError("The stored token is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new TokenDecryptionError("The stored token failed its integrity check (wrong key or tampered data)");
  }
}
