import { z } from "@/lib/zod";
import { ROLES } from "@/lib/permissions";

const ZPassword = z.string().min(12, "Use at least 12 characters").max(200);

export const ZCreateStaffInput = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  password: ZPassword,
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
});
export type TCreateStaffInput = z.output<typeof ZCreateStaffInput>;

export const ZUpdateStaffInput = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
  password: z.union([ZPassword, z.literal("")]).optional(),
});
export type TUpdateStaffInput = z.output<typeof ZUpdateStaffInput>;

export const ZStaffMember = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  merchantIds: z.array(z.string()),
});
export type TStaffMember = z.infer<typeof ZStaffMember>;
export const ZStaffList = z.array(ZStaffMember);
