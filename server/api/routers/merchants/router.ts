import { z } from "zod";
import { ZCreateMerchantInput, ZUpdateMerchantInput } from "@/lib/schemas/settings";
import { adminProcedure, audited, createTRPCRouter } from "@/server/api/trpc";
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
});

const toOutput = ({ tokenCiphertext: _ciphertext, tokenKeyVersion: _version, ...merchant }: ZMerchantRow) => merchant;
type ZMerchantRow = z.infer<typeof ZMerchantOutput> & { tokenCiphertext: string; tokenKeyVersion: number };

export const merchantsRouter = createTRPCRouter({
  find: adminProcedure
    .output(z.array(ZMerchantOutput))
    .query(async ({ ctx }) => (await ctx.db.merchant.findMany({ orderBy: { name: "asc" } })).map(toOutput)),

  create: adminProcedure
    .input(ZCreateMerchantInput)
    .use(audited<z.infer<typeof ZCreateMerchantInput>>({ action: "merchants.create", target: (i) => `merchant:${i.stampsMerchantId}` }))
    .output(ZMerchantOutput)
    .mutation(async ({ ctx, input }) => toOutput(await createMerchant(ctx.db, input))),

  update: adminProcedure
    .input(ZUpdateMerchantInput)
    .use(audited<z.infer<typeof ZUpdateMerchantInput>>({ action: "merchants.update", target: (i) => `merchant:${i.stampsMerchantId}` }))
    .output(ZMerchantOutput)
    .mutation(async ({ ctx, input }) => toOutput(await updateMerchant(ctx.db, input))),
});
