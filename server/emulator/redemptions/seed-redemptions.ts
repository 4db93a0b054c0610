import type { Prisma } from "../generated/prisma/client";
import type { MembershipIndex } from "../loyalty/seed-loyalty";
import { demoTemplates, demoVouchers } from "../vouchers/demo-vouchers";
import {
  demoPins,
  demoPromoCodes,
  demoRedemptions,
  demoVoucherRewards,
  pinAuthorizationMerchants,
} from "./demo-redemptions";
import { hashPin } from "./pin-authorization";

const PREGENERATED = 7;

/** Voucher templates, vouchers, voucher rewards, promo codes, PINs and past redemptions of the demo data. */
export async function seedRedemptionDemoData(tx: Prisma.TransactionClient, memberships: MembershipIndex) {
  const membershipOf = (key: string) => {
    const id = memberships.get(key);
    if (id === undefined) throw new Error(`Demo redemption data names an unknown membership ${key}`);
    return id;
  };

  await tx.merchant.updateMany({
    where: { id: { in: pinAuthorizationMerchants } },
    data: { pinAuthorizationEnabled: true },
  });
  for (const [userId, pin] of Object.entries(demoPins)) {
    await tx.user.update({ where: { id: Number(userId) }, data: { pinHash: hashPin(Number(userId), pin) } });
  }

  const issued = (templateId: number) => demoVouchers.filter((voucher) => voucher.templateId === templateId).length;
  await tx.voucherTemplate.createMany({
    data: demoTemplates.map(({ fixed, stores: _stores, channels, extraData, ...template }) => ({
      ...template,
      valueType: template.valueType ?? "fixed",
      validityType: fixed ? "fixed" : "dynamic",
      startDate: fixed?.[0] ?? null,
      endDate: fixed?.[1] ?? null,
      channels: JSON.stringify(channels ?? []),
      extraData: extraData === null ? null : JSON.stringify(extraData ?? {}),
      issuedCount: issued(template.id),
      pictureUrl: picture(template.name, "square"),
      landscapePictureUrl: picture(template.name, "landscape"),
    })),
  });
  await tx.voucherTemplateStore.createMany({
    data: demoTemplates.flatMap((template) =>
      (template.stores ?? []).map((storeId) => ({ templateId: template.id, storeId })),
    ),
  });

  await tx.reward.createMany({
    data: demoVoucherRewards.map(({ flexible, ...reward }) => ({
      ...reward,
      type: "voucher",
      stampsMode: flexible ? "flexible" : "fixed",
      minStamps: flexible?.minStamps ?? null,
      maxStamps: flexible?.maxStamps ?? null,
      valuePerStamp: flexible?.valuePerStamp ?? null,
      imageUrl: `https://static.stamps.co.id/emulator/rewards/${reward.code.toLowerCase()}.png`,
    })),
  });

  await tx.voucher.createMany({
    data: demoVouchers.map((voucher) => {
      const template = demoTemplates.find((entry) => entry.id === voucher.templateId);
      if (!template) throw new Error(`Demo voucher ${voucher.id} names an unknown template`);
      const value = voucher.value ?? template.value;
      const used = voucher.status === "used";
      return {
        id: voucher.id,
        merchantId: template.merchantId,
        templateId: template.id,
        membershipId: voucher.owner === null ? null : membershipOf(voucher.owner),
        code: voucher.code,
        value,
        remainingValue: used && template.valueType === "dynamic" ? 0 : value,
        quantity: used ? 0 : (voucher.quantity ?? 1),
        startDate: voucher.start,
        endDate: voucher.end,
        status: used ? "used" : "active",
        source: template.type === PREGENERATED ? "pregenerated" : "api",
        createdAt: new Date(`${voucher.start}T09:00:00+07:00`),
      };
    }),
  });

  await tx.promoCode.createMany({ data: demoPromoCodes });

  await tx.redemption.createMany({
    data: demoRedemptions.map(({ member, canceled, created, ...redemption }) => {
      const createdAt = new Date(created);
      return {
        ...redemption,
        merchantId: Number(member.split(":")[0]),
        membershipId: membershipOf(member),
        status: canceled ? "canceled" : "created",
        canceledAt: canceled ? new Date(createdAt.getTime() + 600_000) : null,
        createdAt,
      };
    }),
  });
}

function picture(name: string, shape: "square" | "landscape"): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `https://static.stamps.co.id/emulator/vouchers/${slug}${shape === "landscape" ? "-landscape" : ""}.png`;
}
