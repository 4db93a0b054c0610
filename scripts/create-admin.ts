// Creates (or resets the password of) an admin, for a fresh installation against the real Stamps API.
// Usage: npm run staff:create-admin -- admin@merchant.co.id "Full Name"   (the password is read from stdin)
import { createInterface } from "node:readline/promises";
import { env } from "../env";
import { ZCreateStaffInput, ZPassword } from "../lib/schemas/staff";
import { createDbClient } from "../server/db-client";
import { hashPassword } from "../server/services/auth/password";

const [email, name] = process.argv.slice(2);
const rl = createInterface({ input: process.stdin, output: process.stdout });
const password = (await rl.question("Password (at least 12 characters): ")).trim();
rl.close();

const parsed = ZCreateStaffInput.omit({ merchantIds: true })
  .extend({ password: ZPassword })
  .safeParse({ email, name, role: "ADMIN", password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error('Usage: npm run staff:create-admin -- <email> "<name>"');
  process.exit(1);
}

const db = createDbClient(env.DATABASE_URL);
const passwordHash = await hashPassword(parsed.data.password);
// The first admin made here owns every merchant; later ones work for the merchants an admin gives them.
const saved = await db.$transaction(async (tx) => {
  const ownerExists = (await tx.staff.count({ where: { isOwner: true, email: { not: parsed.data.email } } })) > 0;
  return tx.staff.upsert({
    where: { email: parsed.data.email },
    create: { email: parsed.data.email, name: parsed.data.name, role: "ADMIN", passwordHash, isOwner: !ownerExists },
    update: {
      name: parsed.data.name,
      role: "ADMIN",
      passwordHash,
      disabled: false,
      mustChangePassword: false,
      sessionVersion: { increment: 1 },
    },
  });
});
await db.$disconnect();
console.log(
  saved.isOwner
    ? `${parsed.data.email} can now sign in as an admin and owner of every merchant. Add merchants in Settings.`
    : `${parsed.data.email} can now sign in as an admin of no merchant yet: an owner or admin gives them merchants in Settings → Staff.`,
);
