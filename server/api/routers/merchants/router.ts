import { z } from "zod";
import { ZCreateMerchantInput, ZUpdateMerchantInput } from "@/lib/schemas/settings";
import { adminProcedure, audited, createTRPCRouter, merchantProcedure } from "@/server/api/trpc";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createMerchant, updateMerchant } from "@/server/services/merchants/save-merchant";

/** What an admin sees of a merchant: never the token, only its last 4 characters. */
const ZMerchantOutput = z.object({
  id: z.string(),
  stampsMerchantId: z.number(),
  name: z.string(),
  apiBaseUrl: z.string(),
  tokenType: z.enum(["Token", "Bearer"]),
  tokenLast4: z.string(),
  timeZone: z.string(),
  updatedAt: z.date(),
  stores: z.array(z.object({ stampsStoreId: z.number(), name: z.string() })),
});

const toOutput = ({ tokenCiphertext: _ciphertext, tokenKeyVersion: _version, ...merchant }: MerchantRow) => merchant;
type MerchantRow = z.infer<typeof ZMerchantOutput> & { tokenCiphertext: string; tokenKeyVersion: number };

const WITH_STORES = { stores: { select: { stampsStoreId: true, name: true }, orderBy: { stampsStoreId: "asc" } } } as const;
const withStores = (db: PrismaClient, id: string) => db.merchant.findUniqueOrThrow({ where: { id }, include: WITH_STORES });

export const merchantsRouter = createTRPCRouter({
  find: adminProcedure
    .output(z.array(ZMerchantOutput))
    .query(async ({ ctx }) => (await ctx.db.merchant.findMany({ orderBy: { name: "asc" }, include: WITH_STORES })).map(toOutput)),

  create: adminProcedure
    .input(ZCreateMerchantInput)
    .use(audited<z.infer<typeof ZCreateMerchantInput>>({ action: "merchants.create", target: (i) => `merchant:${i.stampsMerchantId}` }))
    .output(ZMerchantOutput)
    .mutation(async ({ ctx, input }) => toOutput(await withStores(ctx.db, (await createMerchant(ctx.db, input)).id))),

  update: adminProcedure
    .input(ZUpdateMerchantInput)
    .use(audited<z.infer<typeof ZUpdateMerchantInput>>({ action: "merchants.update", target: (i) => `merchant:${i.stampsMerchantId}` }))
    .output(ZMerchantOutput)
    .mutation(async ({ ctx, input }) => toOutput(await withStores(ctx.db, (await updateMerchant(ctx.db, input)).id))),

  /** The current merchant's stores, for store pickers; any role working for the merchant. */
  stores: merchantProcedure("members")
    .output(z.array(z.object({ stampsStoreId: z.number(), name: z.string() })))
    .query(({ ctx }) =>
      ctx.db.store.findMany({
        where: { merchantId: ctx.merchant.id },
        select: { stampsStoreId: true, name: true },
        orderBy: { stampsStoreId: "asc" },
      }),
    ),
});
