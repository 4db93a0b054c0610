import { z } from "zod";
import type { StampsCall } from "../client";
import { ZPositiveInt, ZStampsDate, ZStampsGenderInput } from "../schemas/common";
import { ZStampsCustomer, ZStampsMember, ZStampsSuggestion } from "../schemas/member";

export const ZSuggestionsResponse = z.object({ suggestions: z.array(ZStampsSuggestion) });

export const ZStampsRegisterMemberInput = z.object({
  merchant: ZPositiveInt,
  name: z.string().min(1),
  email: z.string().min(1),
  birthday: ZStampsDate,
  gender: ZStampsGenderInput,
  store: ZPositiveInt,
  member_id: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
});
export type TStampsRegisterMemberInput = z.input<typeof ZStampsRegisterMemberInput>;

export const ZStampsChangeMemberInput = z.object({
  id: ZPositiveInt,
  merchant: ZPositiveInt,
  name: z.string().min(1),
  birthday: ZStampsDate,
  gender: ZStampsGenderInput,
  email: z.string().optional(),
  member_id: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
});
export type TStampsChangeMemberInput = z.input<typeof ZStampsChangeMemberInput>;

const ZCustomerResponse = z.object({ customer: ZStampsCustomer });

export function membershipEndpoints(call: StampsCall) {
  return {
    /** GET /api/memberships/status: one member by email, card number, phone or id. */
    status: (query: { user: string; merchant: number }) =>
      call({ method: "GET", path: "/api/memberships/status", query, response: ZStampsMember }),

    /** GET /api/memberships/suggestions: members matching a few typed characters. */
    suggestions: (query: { query: string; merchant: number }) =>
      call({ method: "GET", path: "/api/memberships/suggestions", query, response: ZSuggestionsResponse }),

    /** POST /api/memberships/register: Stamps emails the new member a generated password. */
    register: async (input: TStampsRegisterMemberInput) =>
      call({
        method: "POST",
        path: "/api/memberships/register",
        body: ZStampsRegisterMemberInput.parse(input),
        response: ZCustomerResponse,
      }),

    /** POST /api/memberships/change: updates the member's profile. */
    change: async (input: TStampsChangeMemberInput) =>
      call({
        method: "POST",
        path: "/api/memberships/change",
        body: ZStampsChangeMemberInput.parse(input),
        response: ZCustomerResponse,
      }),
  };
}
