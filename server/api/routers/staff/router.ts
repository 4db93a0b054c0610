import { z } from "zod";
import { ROLES } from "@/lib/permissions";
import { ZCreateStaffInput, ZUpdateStaffInput } from "@/lib/schemas/settings";
import { adminProcedure, audited, createTRPCRouter } from "@/server/api/trpc";
import { createStaff, updateStaff } from "@/server/services/staff/save-staff";
import { resetSecondFactorProcedure } from "./reset-second-factor";

const ZStaffOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  merchantIds: z.array(z.string()),
});

const STAFF_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  merchants: { select: { merchantId: true } },
} as const;

type StaffRow = Omit<z.infer<typeof ZStaffOutput>, "merchantIds"> & { merchants: { merchantId: string }[] };
const toOutput = ({ merchants, ...staff }: StaffRow) => ({ ...staff, merchantIds: merchants.map((m) => m.merchantId) });

export const staffRouter = createTRPCRouter({
  find: adminProcedure
    .output(z.array(ZStaffOutput))
    .query(async ({ ctx }) =>
      (await ctx.db.staff.findMany({ select: STAFF_SELECT, orderBy: { email: "asc" } })).map(toOutput),
    ),

  create: adminProcedure
    .input(ZCreateStaffInput)
    .use(audited<z.infer<typeof ZCreateStaffInput>>({ action: "staff.create", target: (i) => i.email }))
    .output(ZStaffOutput)
    .mutation(async ({ ctx, input }) => {
      const staff = await createStaff(ctx.db, input);
      return toOutput(await ctx.db.staff.findUniqueOrThrow({ where: { id: staff.id }, select: STAFF_SELECT }));
    }),

  update: adminProcedure
    .input(ZUpdateStaffInput)
    .use(audited<z.infer<typeof ZUpdateStaffInput>>({ action: "staff.update", target: (i) => `staff:${i.id}` }))
    .output(ZStaffOutput)
    .mutation(async ({ ctx, input }) => {
      await updateStaff(ctx.db, ctx.staff.id, input);
      return toOutput(await ctx.db.staff.findUniqueOrThrow({ where: { id: input.id }, select: STAFF_SELECT }));
    }),
  resetSecondFactor: resetSecondFactorProcedure,
});
