import { dateProblem } from "@/lib/day-month-year";
import { z } from "@/lib/zod";

/** Why a staff member changes something in Stamps; stored in the audit log. */
export const ZReason = z
  .string()
  .trim()
  .min(5, "Say why in a few words (at least 5 characters)")
  .max(500, "Keep the reason under 500 characters");

/** A reason where one is welcome but not demanded (registering, editing a profile); empty means none. */
export const ZOptionalReason = z
  .string()
  .trim()
  .max(500, "Keep the reason under 500 characters")
  .optional()
  .transform((value) => value || undefined);

/** A calendar date as Stamps writes it; a date field hands on text it could not read, and this says why. */
export const ZStampsDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => dateProblem(issue.input) });
