import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";

type Seen = { templateId: number | null; name: string | null };

/**
 * Stamps has no endpoint that lists voucher templates, so the catalogue learns the names of the templates
 * behind the vouchers the back office sees. An admin's entry is never changed; a learned one follows the
 * name Stamps gives now. Failures are logged only: learning must never break the page that showed vouchers.
 */
export async function learnVoucherTemplates(db: PrismaClient, merchantId: string, vouchers: readonly Seen[]) {
  const names = new Map<number, string>();
  for (const voucher of vouchers) {
    const name = voucher.name?.trim();
    if (voucher.templateId && name) names.set(voucher.templateId, name.slice(0, 100));
  }
  if (names.size === 0) return;
  try {
    const known = await db.voucherTemplate.findMany({
      where: { merchantId, stampsTemplateId: { in: [...names.keys()] } },
      select: { id: true, stampsTemplateId: true, name: true, source: true },
    });
    const byId = new Map(known.map((row) => [row.stampsTemplateId, row]));
    for (const [stampsTemplateId, name] of names) {
      const row = byId.get(stampsTemplateId);
      if (!row) {
        // A concurrent page view may have learned it first; the unique key turns that into a no-op.
        await db.voucherTemplate
          .create({ data: { merchantId, stampsTemplateId, name, source: "LEARNED" } })
          .catch((error: unknown) => {
            if (!(error instanceof Error && "code" in error && error.code === "P2002")) throw error;
          });
      } else if (row.source === "LEARNED" && row.name !== name) {
        await db.voucherTemplate.updateMany({ where: { id: row.id, source: "LEARNED" }, data: { name } });
      }
    }
  } catch (error) {
    logger.warn("voucher_templates.learn_failed", {
      merchantId,
      error: error instanceof Error ? error.message : error,
    });
  }
}
