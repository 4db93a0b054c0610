import type { PrismaClient } from "@/server/generated/prisma/client";

/** The merchant's stores as recorded in Settings, for store pickers. */
export function findStores(db: PrismaClient, merchantId: string) {
  return db.store.findMany({
    where: { merchantId },
    select: { stampsStoreId: true, name: true },
    orderBy: { stampsStoreId: "asc" },
  });
}
