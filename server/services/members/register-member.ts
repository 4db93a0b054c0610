import type { TRegisterMemberInput } from "@/lib/schemas/members";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { memberTarget } from "@/server/services/audit/find-member-activity";
import type { StampsClient } from "@/server/stamps";
import { withFormFieldErrors } from "@/server/services/stamps-field-errors";
import { PROFILE_FORM_FIELDS, toStampsProfile } from "./profile-fields";

export type RegisteredMember = { id: number; name: string; email: string | null };

/** memberships/register; Stamps emails the new member a generated password. */
export async function registerMember(
  stamps: StampsClient,
  merchant: number,
  input: Omit<TRegisterMemberInput, "reason">,
): Promise<RegisteredMember> {
  const { customer } = await withFormFieldErrors(PROFILE_FORM_FIELDS, () =>
    stamps.memberships.register({ merchant, store: input.store, ...toStampsProfile(input), email: input.email }),
  );
  return { id: customer.id, name: customer.name, email: customer.email };
}

/** The audit target of a registration while Stamps has not yet given the member an id. */
export const registrationAuditTarget = (email: string) => `member-email:${email.toLowerCase()}`;

/** Points this staff member's just-recorded successful registration at the new member. */
export async function nameRegistrationAuditTarget(db: PrismaClient, staffId: string, email: string, memberId: number) {
  const event = await db.auditEvent.findFirst({
    where: { staffId, action: "members.register", target: registrationAuditTarget(email), outcome: "OK" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (event) await db.auditEvent.update({ where: { id: event.id }, data: { target: memberTarget(memberId) } });
}
