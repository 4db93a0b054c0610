import type { TMemberProfile } from "@/lib/schemas/members";

/** Stamps' request field → the form field that shows its error. */
export const PROFILE_FORM_FIELDS: Record<string, string> = { member_id: "cardNumber" };

type ProfileInput = Omit<TMemberProfile, "email"> & { email?: string | undefined };

/** The profile as memberships/register and memberships/change take it; empty optional fields are left out. */
export function toStampsProfile(profile: ProfileInput) {
  return {
    name: profile.name,
    birthday: profile.birthday,
    gender: profile.gender,
    email: profile.email || undefined,
    member_id: profile.cardNumber || undefined,
    phone: profile.phone || undefined,
    address: profile.address || undefined,
  };
}
