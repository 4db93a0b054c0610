import { z } from "@/lib/zod";

export const ZLoginInput = z.object({
  email: z.email("Enter the email address you sign in with").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password").max(200),
  /** From the authenticator app, or a recovery code; only for staff who set up two-factor sign-in. */
  code: z.string().trim().max(40).optional(),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;
