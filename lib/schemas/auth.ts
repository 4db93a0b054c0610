import { z } from "zod";

export const ZLoginInput = z.object({
  email: z.email("Enter the email address you sign in with").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password").max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;
