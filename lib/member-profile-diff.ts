import { formatDate } from "./format";
import { MEMBER_PROFILE_LABELS, type TMemberProfile } from "./schemas/members";

type Field = keyof TMemberProfile;
type Profile = Partial<Record<Field, string | null>>;

export type ProfileChange = { field: Field; label: string; before: string; after: string };

const FIELDS = Object.keys(MEMBER_PROFILE_LABELS) as Field[];

function show(field: Field, value: string) {
  if (!value) return "—";
  if (field === "birthday") return formatDate(value);
  if (field === "gender") return value === "male" ? "Male" : value === "female" ? "Female" : value;
  return value;
}

/** The profile fields that differ, in form order, as staff read them ("15 Sep 2000", "Female", "—"). */
export function diffMemberProfile(before: Profile, after: Profile): ProfileChange[] {
  return FIELDS.flatMap((field) => {
    const from = (before[field] ?? "").trim();
    const to = (after[field] ?? "").trim();
    const same = field === "email" ? from.toLowerCase() === to.toLowerCase() : from === to;
    return same
      ? []
      : [{ field, label: MEMBER_PROFILE_LABELS[field], before: show(field, from), after: show(field, to) }];
  });
}
