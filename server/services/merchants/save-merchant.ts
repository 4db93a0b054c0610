import { env } from "@/env";
import { AppError } from "@/server/errors";
import { Prisma, type PrismaClient } from "@/server/generated/prisma/client";
import { checkStampsBaseUrl } from "@/server/stamps";
import { getMerchant } from "./find-merchants";
import { getKeyring } from "./keyring";
import { encryptToken } from "./token-cipher";

type StoreInput = { stampsStoreId: number; name: string };

type MerchantFields = {
  stampsMerchantId: number;
  name: string;
  apiBaseUrl: string;
  tokenType: "Token" | "Bearer";
  timeZone: string;
};

/** Replaces the merchant's store list when one is given. */
function storesWrite(stores: StoreInput[] | undefined) {
  return stores ? { stores: { deleteMany: {}, create: stores } } : {};
}

function validateFields(fields: MerchantFields) {
  const url = checkStampsBaseUrl(fields.apiBaseUrl, env.STAMPS_API_ALLOWED_BASE_URLS);
  if (!url.ok) {
    throw new AppError("BAD_REQUEST", { userMessage: url.message, fieldErrors: { apiBaseUrl: url.message } });
  }
  try {
    new Intl.DateTimeFormat("en", { timeZone: fields.timeZone });
  } catch {
    const message = `"${fields.timeZone}" is not a time zone (for example Asia/Jakarta)`;
    throw new AppError("BAD_REQUEST", { userMessage: message, fieldErrors: { timeZone: message } });
  }
  return { ...fields, apiBaseUrl: url.url };
}

function duplicateMerchant(error: unknown, stampsMerchantId: number): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const message = `Stamps merchant ${stampsMerchantId} is already set up`;
    throw new AppError("CONFLICT", { userMessage: message, fieldErrors: { stampsMerchantId: message } });
  }
  throw error;
}

/** A merchant an admin creates is theirs: they are added to it. */
export async function createMerchant(
  db: PrismaClient,
  input: MerchantFields & { token: string; stores?: StoreInput[] },
  creatorId?: string,
) {
  const { token, stores, ...rest } = input;
  const fields = validateFields(rest);
  try {
    // The token is bound to the row id, which we only know after the insert: write both in one transaction.
    const saved = await db.$transaction(async (tx) => {
      const created = await tx.merchant.create({
        data: {
          ...fields,
          tokenCiphertext: "",
          tokenKeyVersion: 0,
          tokenLast4: "",
          ...(stores && { stores: { create: stores } }),
          ...(creatorId && { staff: { create: { staffId: creatorId } } }),
        },
      });
      const encrypted = encryptToken(getKeyring(), token, created.id);
      return tx.merchant.update({
        where: { id: created.id },
        data: {
          tokenCiphertext: encrypted.ciphertext,
          tokenKeyVersion: encrypted.keyVersion,
          tokenLast4: encrypted.last4,
        },
      });
    });
    return await getMerchant(db, saved.id);
  } catch (error) {
    duplicateMerchant(error, fields.stampsMerchantId);
  }
}

export async function updateMerchant(
  db: PrismaClient,
  input: MerchantFields & { id: string; token?: string; stores?: StoreInput[] },
) {
  const { id, token, stores, ...rest } = input;
  const fields = validateFields(rest);
  const current = await db.merchant.findUnique({ where: { id }, select: { apiBaseUrl: true } });
  if (!current) throw new AppError("NOT_FOUND", { userMessage: "This merchant no longer exists." });
  // The stored token was given for the old address; it must not follow the merchant anywhere else.
  if (current.apiBaseUrl !== fields.apiBaseUrl && !token) {
    const message = "The API address changed: enter the API token again";
    throw new AppError("BAD_REQUEST", { userMessage: message, fieldErrors: { token: message } });
  }
  const encrypted = token ? encryptToken(getKeyring(), token, id) : null;
  try {
    await db.merchant.update({
      where: { id },
      data: {
        ...fields,
        ...storesWrite(stores),
        ...(encrypted && {
          tokenCiphertext: encrypted.ciphertext,
          tokenKeyVersion: encrypted.keyVersion,
          tokenLast4: encrypted.last4,
        }),
      },
    });
    return await getMerchant(db, id);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new AppError("NOT_FOUND", { userMessage: "This merchant no longer exists." });
    }
    duplicateMerchant(error, fields.stampsMerchantId);
  }
}
