import { ZStaffList } from "@/lib/schemas/staff";
import { adminProcedure } from "@/server/api/trpc";
import { findStaff } from "@/server/services/staff/find-staff";

export const findStaffProcedure = adminProcedure.output(ZStaffList).query(({ ctx }) => findStaff(ctx.db, ctx.staff));
