import { z } from "@/lib/zod";
import { ZOptionalReason, ZStampsDate } from "./common";

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

const ZOptionalText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).optional();

/** A real calendar date, not in the future (Stamps writes birthdays as YYYY-MM-DD). */
export const ZBirthday = z
  .string()
  .min(1, "Enter the member's birthday")
  .pipe(ZStampsDate)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "That date does not exist")
  .refine((value) => value <= new Date().toISOString().slice(0, 10), "A birthday cannot be in the future");

const ZEmail = z
  .string()
  .trim()
  .min(1, "Enter the member's email")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((email) => email.toLowerCase());

/** The profile fields Stamps keeps for a member; field names are the back office's, not Stamps'. */
export const ZMemberProfile = z.object({
  name: z.string().trim().min(1, "Enter the member's name").max(100, "Keep the name under 100 characters"),
  email: ZEmail,
  birthday: ZBirthday,
  gender: z.enum(["male", "female"], "Choose male or female"),
  cardNumber: ZOptionalText(40, "A card number is at most 40 characters").refine(
    // Dashes only between digits and letters: "-12" is no card number.
    (value) => !value || /^[0-9A-Za-z]+(-[0-9A-Za-z]+)*$/.test(value),
    "Use digits and letters only",
  ),
  phone: ZOptionalText(20, "That is too long for a phone number").refine(
    (value) => !value || /^\+?[0-9][0-9 -]{5,19}$/.test(value),
    "Enter a phone number, e.g. +6281234567890",
  ),
  address: ZOptionalText(300, "Keep the address under 300 characters"),
});
export type TMemberProfile = z.infer<typeof ZMemberProfile>;

/** The profile field labels staff see, in form order. */
export const MEMBER_PROFILE_LABELS = {
  name: "Name",
  email: "Email",
  birthday: "Birthday",
  gender: "Gender",
  phone: "Phone",
  cardNumber: "Card number",
  address: "Address",
} as const satisfies Record<keyof TMemberProfile, string>;

export const ZRegisterMemberFields = ZMemberProfile.extend({
  store: z
    .number("Choose the store where the member registers")
    .int()
    .positive("Choose the store where the member registers"),
});
export const ZRegisterMemberInput = ZRegisterMemberFields.extend({ reason: ZOptionalReason });
export type TRegisterMemberInput = z.infer<typeof ZRegisterMemberInput>;

/** memberships/change: Stamps requires name, birthday and gender; email may stay as it is. */
export const ZUpdateMemberFields = ZMemberProfile.extend({
  email: z.union([ZEmail, z.literal("")]).optional(),
});
export const ZUpdateMemberInput = ZUpdateMemberFields.extend({
  memberId: z.number().int().positive(),
  reason: ZOptionalReason,
});
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;
