import { z } from "@/lib/zod";
import { ROLES } from "@/lib/permissions";
import { ZReason } from "./common";

export const ZPassword = z.string().min(12, "Use at least 12 characters").max(200);

export const ZCreateStaffInput = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
});
export type TCreateStaffInput = z.output<typeof ZCreateStaffInput>;

/** Name, role and which of the admin's merchants; disabling and passwords have procedures of their own. */
export const ZUpdateStaffInput = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES),
  merchantIds: z.array(z.string()).min(1, "Choose at least one merchant"),
});
export type TUpdateStaffInput = z.output<typeof ZUpdateStaffInput>;

export const ZStaffActionInput = z.object({ id: z.string().min(1), reason: ZReason });
export type TStaffActionInput = z.output<typeof ZStaffActionInput>;

export const ZSetStaffDisabledInput = ZStaffActionInput.extend({ disabled: z.boolean() });
export type TSetStaffDisabledInput = z.output<typeof ZSetStaffDisabledInput>;

export const ZStaffMember = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  isOwner: z.boolean(),
  hasSecondFactor: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Among the merchants the viewer works for. */
  merchantIds: z.array(z.string()),
  /** How many other merchants they work for, which the viewer does not manage. */
  otherMerchants: z.number(),
  /** The viewer themselves: not to be disabled, demoted or reset by their own hand. */
  isYou: z.boolean(),
});
export type TStaffMember = z.infer<typeof ZStaffMember>;
export const ZStaffList = z.array(ZStaffMember);

/** Shown once to the admin who made it; the staff member must replace it at their next sign-in. */
export const ZOneTimePassword = z.object({ oneTimePassword: z.string() });
export const ZCreatedStaff = ZOneTimePassword.extend({ staff: ZStaffMember });

export const ZChangeOwnPasswordInput = z
  .object({ password: ZPassword, confirm: z.string() })
  .refine((input) => input.password === input.confirm, { message: "The two passwords differ", path: ["confirm"] });
