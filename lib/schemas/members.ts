import { z } from "zod";

export const ZGetMemberInput = z.object({
  user: z
    .string()
    .trim()
    .min(1, "Enter an email, phone number, card number or member ID")
    .max(200, "That is too long for an email, phone or card number"),
});
export type TGetMemberInput = z.infer<typeof ZGetMemberInput>;

export const ZSuggestMembersInput = z.object({
  query: z.string().trim().min(2, "Type at least 2 characters").max(100),
});
