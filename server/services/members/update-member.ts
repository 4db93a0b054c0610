import type { TUpdateMemberInput } from "@/lib/schemas/members";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { PROFILE_FORM_FIELDS, toStampsProfile } from "./profile-fields";

export type UpdatedMember = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: "male" | "female" | null;
  address: string | null;
  cardNumber: string | null;
};

/** memberships/change: Stamps answers with the profile as it now holds it. */
export async function updateMember(
  stamps: StampsClient,
  merchant: number,
  { memberId, reason: _reason, ...profile }: TUpdateMemberInput,
): Promise<UpdatedMember> {
  const { customer } = await withFormErrors({ fields: PROFILE_FORM_FIELDS }, () =>
    stamps.memberships.change({ id: memberId, merchant, ...toStampsProfile(profile) }),
  );
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    birthday: customer.birthday,
    gender: customer.gender,
    address: customer.address,
    cardNumber: customer.member_id,
  };
}
