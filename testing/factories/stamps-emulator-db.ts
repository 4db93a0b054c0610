import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import type { Pos } from "../stamps-pos";
import { addStamps, registerMember, type TestMember } from "./stamps-members";

// The few things a test needs that the Stamps API cannot set up or tell, done on the emulator's own database, and
// only on rows the test itself created through the API.

function withEmulatorDb<T>(emulatorDatabaseUrl: string, work: (db: Database.Database) => T): T {
  const db = new Database(emulatorDatabaseUrl.replace(/^file:/, ""), { fileMustExist: true, timeout: 10_000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/**
 * A new member of merchant 15 (which asks for the member's PIN) with `stamps` stamps and the PIN `pin`. Members set
 * their PIN in the Stamps app and the API has no call for it, so this stores it as the emulator's seed does
 * (users.pin_hash, salted with the user id). The PIN tests prove the two agree: else the right PIN is refused.
 */
export async function memberWithPin(
  pos15: Pos,
  { emulatorDatabaseUrl, pin = "123456", stamps = 0 }: { emulatorDatabaseUrl: string; pin?: string; stamps?: number },
): Promise<TestMember> {
  const member = await registerMember(pos15, { merchant: 15 });
  const pinHash = createHash("sha256").update(`stamps-emulator-pin:${member.id}:${pin}`).digest("hex");
  const { changes } = withEmulatorDb(emulatorDatabaseUrl, (db) =>
    db.prepare("UPDATE users SET pin_hash = ? WHERE id = ?").run(pinHash, member.id),
  );
  if (changes !== 1) throw new Error(`The emulator database has no user ${member.id} to give a PIN`);
  if (stamps > 0) await addStamps(pos15, member.email, stamps, { merchant: 15 });
  return member;
}

/**
 * A voucher of a new member of merchant 14 that has already ended: issued through the API from template `template`
 * (6, "Birthday Cake", 30 days, unless told) starting on `start`. Stamps lists and returns codes only for usable
 * vouchers, so its code is read back from the emulator's database.
 */
export async function expiredVoucher(
  pos: Pos,
  {
    emulatorDatabaseUrl,
    template = 6,
    start = "2024-09-01",
  }: { emulatorDatabaseUrl: string; template?: number; start?: string },
) {
  const member = await registerMember(pos);
  const { voucher } = await pos.post<{ voucher: { id: number; end_date: string } }>("/api/vouchers/issue", {
    user: member.email,
    voucher_template: template,
    start_date: start,
    quantity: 1,
  });
  const row = withEmulatorDb(
    emulatorDatabaseUrl,
    (db) => db.prepare("SELECT code FROM vouchers WHERE id = ?").get(voucher.id) as { code: string } | undefined,
  );
  if (!row) throw new Error(`The emulator database has no voucher ${voucher.id}`);
  return { member, id: voucher.id, code: row.code, endDate: voucher.end_date };
}

/**
 * A new, unclaimed printed code of template `template` (12, a pregenerated template of merchant 14, unless told),
 * valid from 2025 to 2035. Merchants upload printed codes in the Stamps dashboard and the API has no call for it, so
 * this stores one as the emulator's seed stores its own (source "pregenerated", the template's value), leaving the
 * seeded codes to the documents' examples.
 */
export function printedVoucherCode({
  emulatorDatabaseUrl,
  template = 12,
}: {
  emulatorDatabaseUrl: string;
  template?: number;
}): string {
  const code = `PRT${randomBytes(5).toString("hex").toUpperCase()}`;
  withEmulatorDb(emulatorDatabaseUrl, (db) =>
    db.transaction(() => {
      const found = db
        .prepare("SELECT merchant_id AS merchantId, value FROM voucher_templates WHERE id = ?")
        .get(template) as { merchantId: number; value: number | null } | undefined;
      if (!found) throw new Error(`The emulator database has no voucher template ${template}`);
      db.prepare(
        `INSERT INTO vouchers (merchant_id, template_id, code, value, remaining_value, start_date, end_date, source,
           created_at)
         VALUES (?, ?, ?, ?, ?, '2025-01-01', '2035-12-31', 'pregenerated', ?)`,
      ).run(
        found.merchantId,
        template,
        code,
        found.value,
        found.value,
        new Date().toISOString().replace("Z", "+00:00"),
      );
      db.prepare("UPDATE voucher_templates SET issued_count = issued_count + 1 WHERE id = ?").run(template);
    })(),
  );
  return code;
}
