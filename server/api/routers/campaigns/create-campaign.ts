import { z } from "zod";
import { ZCampaignFields, type TCampaignFields } from "@/lib/schemas/campaign-views";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { createCampaign } from "@/server/services/campaigns/create-campaign";

export const createCampaignProcedure = merchantProcedure("campaigns")
  .input(ZCampaignFields)
  .use(
    audited<TCampaignFields>({
      action: "campaigns.create",
      target: (_input, output) =>
        output && typeof output === "object" && "id" in output ? `campaign:${String(output.id)}` : null,
    }),
  )
  .output(z.object({ id: z.number() }))
  .mutation(({ ctx, input }) =>
    createCampaign({ db: ctx.db, merchantId: ctx.merchant.id, staffId: ctx.staff.id }, input),
  );
