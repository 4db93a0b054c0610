import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { getKeyring } from "@/server/services/merchants/keyring";
import { decryptToken, encryptToken } from "@/server/services/merchants/token-cipher";

const ISSUER = "Stamps Back Office";
const RECOVERY_CODES = 10;
/** One 30-second step either side, for clocks that drift a little. */
const TOLERANCE_SECONDS = 30;

/** The secret is bound to the staff member as associated data, like merchant tokens to their merchant. */
const aad = (staffId: string) => `totp:${staffId}`;

/** Recovery codes are 60 random bits: a fast hash is enough, there is nothing to brute-force from it. */
const hashRecoveryCode = (code: string) =>
  createHash("sha256")
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ""))
    .digest("hex");

function newRecoveryCode() {
  const raw = randomBytes(8).toString("hex").toUpperCase().slice(0, 12);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

type TotpRow = { id: string; totpSecretCiphertext: string | null; totpKeyVersion: number | null };

function secretOf(staff: TotpRow) {
  if (!staff.totpSecretCiphertext || staff.totpKeyVersion === null) return null;
  return decryptToken(
    getKeyring(),
    { ciphertext: staff.totpSecretCiphertext, keyVersion: staff.totpKeyVersion },
    aad(staff.id),
  );
}

/** Starts (or restarts) enrolment: a new secret, stored encrypted but not yet in force. */
export async function startEnrolment(db: PrismaClient, staff: { id: string; email: string }) {
  const secret = generateSecret();
  const encrypted = encryptToken(getKeyring(), secret, aad(staff.id));
  await db.staff.update({
    where: { id: staff.id },
    data: {
      totpSecretCiphertext: encrypted.ciphertext,
      totpKeyVersion: encrypted.keyVersion,
      totpEnabledAt: null,
      totpLastStep: null,
    },
  });
  const uri = generateURI({ issuer: ISSUER, label: staff.email, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Checks a code from the app, refusing one already used (each 30-second step counts once). */
async function acceptTotp(
  db: PrismaClient,
  staff: TotpRow & { totpLastStep: number | null },
  code: string,
  now: number,
) {
  const secret = secretOf(staff);
  if (!secret) return false;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(staff.totpLastStep !== null && { afterTimeStep: staff.totpLastStep }),
  });
  if (!result.valid) return false;
  const step = (result as { timeStep: number }).timeStep;
  // Only if no other request took this step meanwhile.
  const { count } = await db.staff.updateMany({
    where: { id: staff.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once and stored only as hashes. */
export async function confirmEnrolment(db: PrismaClient, staffId: string, code: string, now = Date.now()) {
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffId } });
  if (!staff.totpSecretCiphertext || !(await acceptTotp(db, staff, code.trim(), now))) return null;
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await db.$transaction([
    db.staffRecoveryCode.deleteMany({ where: { staffId } }),
    db.staffRecoveryCode.createMany({
      data: codes.map((recovery) => ({ staffId, codeHash: hashRecoveryCode(recovery) })),
    }),
    db.staff.update({ where: { id: staffId }, data: { totpEnabledAt: new Date(now) } }),
  ]);
  return codes;
}

/** A code from the app, or one unused recovery code (which is then used up). */
export async function verifySecondFactor(db: PrismaClient, staffId: string, code: string, now = Date.now()) {
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffId } });
  if (!staff.totpEnabledAt) return false;
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) return acceptTotp(db, staff, trimmed, now);
  const { count } = await db.staffRecoveryCode.updateMany({
    where: { staffId, codeHash: hashRecoveryCode(trimmed), usedAt: null },
    data: { usedAt: new Date(now) },
  });
  return count === 1;
}

/** An admin's reset: the staff member enrols again at their next sign-in; their sessions end now. */
export async function resetSecondFactor(db: PrismaClient, staffId: string) {
  await db.$transaction([
    db.staffRecoveryCode.deleteMany({ where: { staffId } }),
    db.staff.update({
      where: { id: staffId },
      data: {
        totpSecretCiphertext: null,
        totpKeyVersion: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: { increment: 1 },
      },
    }),
  ]);
}
