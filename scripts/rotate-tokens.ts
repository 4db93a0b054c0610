// `npm run tokens:rotate`: re-encrypts every stored merchant token under TOKEN_ENCRYPTION_KEY (the newest key).
// Set the new key and version, move the old key into TOKEN_ENCRYPTION_PREVIOUS_KEYS, run this, then drop the old key.
import { env } from "../env";
import { createDbClient } from "../server/db-client";
import { getKeyring } from "../server/services/merchants/keyring";
import { rotateTokens } from "../server/services/merchants/rotate-tokens";

const db = createDbClient(env.DATABASE_URL);
try {
  const report = await rotateTokens(db, getKeyring());
  console.info(
    `Re-encrypted ${report.rotated} merchant token(s) under key version ${env.TOKEN_ENCRYPTION_KEY_VERSION}.`,
  );
  for (const refused of report.refused) {
    console.error(
      `Merchant ${refused.stampsMerchantId} (${refused.name}): not re-encrypted. ${refused.reason}. An admin must enter its token again in Settings.`,
    );
  }
  if (report.refused.length > 0) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
