import { env } from "@/env";
import { createKeyring, type TokenKeyring } from "./token-cipher";

let keyring: TokenKeyring | undefined;

export function getKeyring() {
  keyring ??= createKeyring(
    { version: env.TOKEN_ENCRYPTION_KEY_VERSION, key: env.TOKEN_ENCRYPTION_KEY },
    env.TOKEN_ENCRYPTION_PREVIOUS_KEYS,
  );
  return keyring;
}
