import { z } from "@/lib/zod";

/** What the browser receives about a member: the procedure's output contract. */
export const ZMemberCard = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  birthday: z.string().nullable(),
  gender: z.enum(["male", "female"]).nullable(),
  address: z.string().nullable(),
  level: z.string().nullable(),
  stamps: z.number(),
  balance: z.number(),
  memberIds: z.array(z.string()),
  isActive: z.boolean(),
});

export const ZMemberSuggestion = ZMemberCard.pick({
  id: true,
  name: true,
  email: true,
  phone: true,
  level: true,
  stamps: true,
  memberIds: true,
});

export const ZMemberSuggestions = z.array(ZMemberSuggestion);

export const ZRegisteredMember = ZMemberCard.pick({ id: true, name: true, email: true });
export type TRegisteredMember = z.infer<typeof ZRegisteredMember>;

/** A member's profile as Stamps keeps it after a change. */
export const ZMemberProfileCard = ZMemberCard.pick({
  id: true,
  name: true,
  email: true,
  phone: true,
  birthday: true,
  gender: true,
  address: true,
}).extend({ cardNumber: z.string().nullable() });
