import type { TSaveVoucherTemplateInput } from "@/lib/schemas/voucher-templates";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

/**
 * An admin records or corrects a template. A LEARNED entry with the same Stamps ID is taken over (it becomes
 * the admin's); another admin entry with that ID is a conflict, so two names never point at one template.
 */
export async function saveVoucherTemplate(db: PrismaClient, merchantId: string, input: TSaveVoucherTemplateInput) {
  const data = {
    stampsTemplateId: input.stampsTemplateId,
    name: input.name,
    valueType: input.valueType,
    source: "ADMIN",
  };
  const sameId = await db.voucherTemplate.findUnique({
    where: { merchantId_stampsTemplateId: { merchantId, stampsTemplateId: input.stampsTemplateId } },
  });
  if (input.id) {
    const current = await db.voucherTemplate.findFirst({ where: { id: input.id, merchantId } });
    if (!current) {
      throw new AppError("NOT_FOUND", { userMessage: "This template is no longer in the catalogue. Reload the page." });
    }
    if (sameId && sameId.id !== current.id) throw duplicate(sameId.name, input.stampsTemplateId);
    return db.voucherTemplate.update({ where: { id: current.id }, data });
  }
  if (sameId && sameId.source !== "LEARNED") throw duplicate(sameId.name, input.stampsTemplateId);
  if (sameId) return db.voucherTemplate.update({ where: { id: sameId.id }, data });
  return db.voucherTemplate.create({ data: { ...data, merchantId } });
}

function duplicate(name: string, stampsTemplateId: number) {
  return new AppError("CONFLICT", {
    userMessage: `Template ${stampsTemplateId} is already in the catalogue as "${name}".`,
    fieldErrors: { stampsTemplateId: `Already recorded as "${name}"` },
  });
}

export async function removeVoucherTemplate(db: PrismaClient, merchantId: string, id: string) {
  const { count } = await db.voucherTemplate.deleteMany({ where: { id, merchantId } });
  if (count === 0) {
    throw new AppError("NOT_FOUND", { userMessage: "This template is no longer in the catalogue. Reload the page." });
  }
  return { id };
}
