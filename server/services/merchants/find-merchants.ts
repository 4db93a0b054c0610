import type { TMerchant } from "@/lib/schemas/merchants";
import type { PrismaClient } from "@/server/generated/prisma/client";

const WITH_STORES = {
  stores: { select: { stampsStoreId: true, name: true }, orderBy: { stampsStoreId: "asc" } },
} as const;

type MerchantRow = TMerchant & { tokenCiphertext: string; tokenKeyVersion: number };

/** A merchant as an admin sees it: never the token, only its last 4 characters. */
const toMerchant = ({ tokenCiphertext: _ciphertext, tokenKeyVersion: _version, ...merchant }: MerchantRow): TMerchant =>
  merchant;

/** The merchants among `merchantIds` (those a staff member works for), by name. */
export async function findMerchants(db: PrismaClient, merchantIds: readonly string[]): Promise<TMerchant[]> {
  return (
    await db.merchant.findMany({
      where: { id: { in: [...merchantIds] } },
      orderBy: { name: "asc" },
      include: WITH_STORES,
    })
  ).map(toMerchant);
}

export async function getMerchant(db: PrismaClient, id: string): Promise<TMerchant> {
  return toMerchant(await db.merchant.findUniqueOrThrow({ where: { id }, include: WITH_STORES }));
}
