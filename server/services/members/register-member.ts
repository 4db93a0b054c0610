import type { TRegisterMemberInput } from "@/lib/schemas/members";
import { memberTarget } from "@/server/services/audit/audit-targets";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { PROFILE_FORM_FIELDS, toStampsProfile } from "./profile-fields";

export type RegisteredMember = { id: number; name: string; email: string | null };

/** memberships/register; Stamps emails the new member a generated password. */
export async function registerMember(
  stamps: StampsClient,
  merchant: number,
  input: Omit<TRegisterMemberInput, "reason">,
): Promise<RegisteredMember> {
  const { customer } = await withFormErrors({ fields: PROFILE_FORM_FIELDS }, () =>
    stamps.memberships.register({ merchant, store: input.store, ...toStampsProfile(input), email: input.email }),
  );
  return { id: customer.id, name: customer.name, email: customer.email };
}

/** The audit target of a registration: the new member, or their email when Stamps gave no id (a refusal). */
export const registrationAuditTarget = (email: string, memberId: number | undefined) =>
  memberId === undefined ? `member-email:${email.toLowerCase()}` : memberTarget(memberId);
