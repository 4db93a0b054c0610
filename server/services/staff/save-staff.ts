import { randomInt } from "node:crypto";
import type { TCreateStaffInput, TSetStaffDisabledInput, TUpdateStaffInput } from "@/lib/schemas/staff";
import { AppError } from "@/server/errors";
import { Prisma, type PrismaClient } from "@/server/generated/prisma/client";
import { hashPassword } from "@/server/services/auth/password";
import { resetSecondFactor } from "@/server/services/auth/second-factor";
import { getStaffMember } from "./find-staff";
import { assertAdminsRemain, assertGrantable, loadManagedStaff, type TActor } from "./staff-scope";

// No 0/O, 1/l/I: read aloud or copied by hand without doubt.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 20 characters from 56 (about 116 bits), in groups of 5 so it can be read out. */
export function newOneTimePassword() {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join("")).join("-");
}

async function assertMerchantsExist(db: PrismaClient, merchantIds: string[]) {
  const found = await db.merchant.count({ where: { id: { in: merchantIds } } });
  if (found !== new Set(merchantIds).size) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "One of the chosen merchants no longer exists. Reload the page.",
      fieldErrors: { merchantIds: "One of the chosen merchants no longer exists" },
    });
  }
}

const itIsYou = (what: string) =>
  new AppError("BAD_REQUEST", { userMessage: `This is you: you cannot ${what} yourself. Ask another admin.` });

/** A new account with a one-time password, returned once and changed at the staff member's first sign-in. */
export async function createStaff(db: PrismaClient, actor: TActor, input: TCreateStaffInput) {
  assertGrantable(actor, input.merchantIds);
  await assertMerchantsExist(db, input.merchantIds);
  const oneTimePassword = newOneTimePassword();
  try {
    const { id } = await db.staff.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(oneTimePassword),
        mustChangePassword: true,
        merchants: { create: input.merchantIds.map((merchantId) => ({ merchantId })) },
      },
    });
    return { staff: await getStaffMember(db, actor, id), oneTimePassword };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = `${input.email} already has an account`;
      throw new AppError("CONFLICT", { userMessage: message, fieldErrors: { email: message } });
    }
    throw error;
  }
}

/**
 * Name, role and merchants. Merchants the actor does not manage stay as they are; the name and role reach every
 * merchant the staff member works for, so they change only when the actor manages all of them.
 */
export async function updateStaff(db: PrismaClient, actor: TActor, input: TUpdateStaffInput) {
  const current = await loadManagedStaff(db, actor, input.id, { whole: false });
  assertGrantable(actor, input.merchantIds);
  await assertMerchantsExist(db, input.merchantIds);
  const personal = await db.staff.findUniqueOrThrow({ where: { id: input.id }, select: { name: true } });
  if ((input.name !== personal.name || input.role !== current.role) && current.outsideScope.length > 0) {
    await loadManagedStaff(db, actor, input.id, { whole: true });
  }
  if (input.id === actor.id && input.role !== current.role) throw itIsYou("change the role of");
  const leaving = current.merchantIds.filter(
    (merchantId) => !current.outsideScope.includes(merchantId) && !input.merchantIds.includes(merchantId),
  );
  if (current.role === "ADMIN" && !current.disabled) {
    const noLongerAdminOf = input.role === "ADMIN" ? leaving : current.merchantIds;
    await assertAdminsRemain(
      db,
      input.id,
      noLongerAdminOf,
      (merchant) => `They are the last active admin of ${merchant}: make someone else its admin first.`,
    );
  }
  await db.$transaction(async (tx) => {
    await tx.staffMerchant.deleteMany({
      where: { staffId: input.id, merchantId: { notIn: current.outsideScope } },
    });
    await tx.staff.update({
      where: { id: input.id },
      data: {
        name: input.name,
        role: input.role,
        // Sessions begun under the old role end at their next request.
        ...(input.role !== current.role && { sessionVersion: { increment: 1 } }),
        merchants: { create: input.merchantIds.map((merchantId) => ({ merchantId })) },
      },
    });
  });
  return getStaffMember(db, actor, input.id);
}

/** Disabling ends every session at its next request; re-enabling lets them sign in again with their password. */
export async function setStaffDisabled(db: PrismaClient, actor: TActor, input: TSetStaffDisabledInput) {
  if (input.id === actor.id) throw itIsYou("disable");
  const current = await loadManagedStaff(db, actor, input.id, { whole: true });
  if (input.disabled && current.role === "ADMIN" && !current.disabled) {
    await assertAdminsRemain(
      db,
      input.id,
      current.merchantIds,
      (merchant) => `They are the last active admin of ${merchant}: make someone else its admin first.`,
    );
  }
  await db.staff.update({
    where: { id: input.id },
    data: { disabled: input.disabled, ...(input.disabled && { sessionVersion: { increment: 1 } }) },
  });
  return getStaffMember(db, actor, input.id);
}

/** A new one-time password; the old one and every session stop working now. */
export async function resetStaffPassword(db: PrismaClient, actor: TActor, id: string) {
  if (id === actor.id) throw itIsYou("reset the password of");
  await loadManagedStaff(db, actor, id, { whole: true });
  const oneTimePassword = newOneTimePassword();
  await db.staff.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      sessionVersion: { increment: 1 },
    },
  });
  return { oneTimePassword };
}

/** For a lost phone: they enrol again at their next sign-in (admins must), and their sessions end now. */
export async function resetStaffSecondFactor(db: PrismaClient, actor: TActor, id: string) {
  if (id === actor.id) throw itIsYou("reset the second factor of");
  await loadManagedStaff(db, actor, id, { whole: true });
  await resetSecondFactor(db, id);
  return { ok: true as const };
}

/** The staff member's own choice, replacing a one-time password; sessions signed in with the old one end. */
export async function changeOwnPassword(db: PrismaClient, staffId: string, password: string) {
  await db.staff.update({
    where: { id: staffId },
    data: {
      passwordHash: await hashPassword(password),
      mustChangePassword: false,
      sessionVersion: { increment: 1 },
    },
  });
}
