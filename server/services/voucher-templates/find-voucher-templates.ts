import type { TVoucherTemplate } from "@/lib/schemas/voucher-templates";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** The merchant's voucher templates, by name. */
export async function findVoucherTemplates(db: PrismaClient, merchantId: string): Promise<TVoucherTemplate[]> {
  const rows = await db.voucherTemplate.findMany({
    where: { merchantId },
    orderBy: [{ name: "asc" }, { stampsTemplateId: "asc" }],
  });
  return rows.map((row) => ({ ...row, source: row.source === "LEARNED" ? "LEARNED" : "ADMIN" }));
}

/** One template of the merchant's catalogue by its Stamps ID, or null when nobody recorded it. */
export function getVoucherTemplate(db: PrismaClient, merchantId: string, stampsTemplateId: number) {
  return db.voucherTemplate.findUnique({ where: { merchantId_stampsTemplateId: { merchantId, stampsTemplateId } } });
}
