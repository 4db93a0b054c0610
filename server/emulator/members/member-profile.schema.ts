import { z } from "zod";
import { bodyDate, bodyInteger, bodyString } from "../http/body-fields";
import { FIELD_REQUIRED } from "../http/validation";
import { normalizePhone } from "./phone";

// Bodies of POST /api/memberships/register and /change. The documents ask for gender as
// "male"/"female" and send "Female"; member status answers 1/2: all of these are read.

const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** The text of a JSON scalar; undefined for objects and lists. */
const scalarText = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value).trim()
    : undefined;

const GENDERS: Readonly<Record<string, 1 | 2>> = { male: 1, m: 1, "1": 1, female: 2, f: 2, "2": 2 };

const bodyGender = () =>
  z
    .any()
    .meta({ type: ["string", "integer"], description: "male / female (any case), m / f, or 1 / 2" })
    .transform((value: unknown, ctx): 1 | 2 => {
      if (value === undefined || value === null || value === "") return fail(ctx, FIELD_REQUIRED);
      const text = scalarText(value);
      const gender = text === undefined ? undefined : GENDERS[text.toLowerCase()];
      return gender ?? fail(ctx, `"${text ?? JSON.stringify(value)}" is not a valid choice.`);
    });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const email = () =>
  bodyString
    .required()
    .transform((value, ctx) => (EMAIL.test(value) ? value.toLowerCase() : fail(ctx, "Enter a valid email address.")));

const optionalText = () =>
  z
    .any()
    .transform((value: unknown, ctx): string | undefined => {
      if (value === undefined || value === null) return undefined;
      const text = scalarText(value);
      if (text === undefined) return fail(ctx, "Not a valid string.");
      return text === "" ? undefined : text;
    })
    .optional();

/** Stored in E.164; "+62215600010", "62215600010" and "0215600010" are one number. */
const optionalPhone = () =>
  optionalText()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      return normalizePhone(value) ?? fail(ctx, "Enter a valid phone number.");
    })
    .optional();

const profile = {
  merchant: bodyInteger.required(),
  name: bodyString.required(),
  birthday: bodyDate.required(),
  gender: bodyGender(),
  member_id: optionalText(),
  phone: optionalPhone(),
  address: optionalText(),
};

export const ZRegisterMemberInput = z.object({
  ...profile,
  email: email(),
  store: bodyInteger.required(),
});
export type TRegisterMemberInput = z.infer<typeof ZRegisterMemberInput>;

export const ZChangeMemberInput = z.object({
  id: bodyInteger.required(),
  ...profile,
  email: optionalText().pipe(
    z
      .string()
      .regex(EMAIL, "Enter a valid email address.")
      .transform((v) => v.toLowerCase())
      .optional(),
  ),
});
export type TChangeMemberInput = z.infer<typeof ZChangeMemberInput>;
