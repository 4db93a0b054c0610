import { ZStartPage } from "@/lib/schemas/home";
import { merchantProcedure } from "@/server/api/trpc";
import { getStartPage } from "@/server/services/home/get-start-page";

export const getStartPageProcedure = merchantProcedure("members")
  .output(ZStartPage)
  .query(({ ctx }) => getStartPage(ctx.db, ctx.staff, ctx.merchant));
