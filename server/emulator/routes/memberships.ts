import type { Hono } from "hono";
import { z } from "zod";
import { assertMerchantAccess } from "../http/auth";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { notFound } from "../http/errors";
import { mountResource } from "../http/resource";
import { parseInput, queryInteger, queryParams, queryString } from "../http/validation";
import { immediate } from "../loyalty/per-database";
import { changeMember } from "../members/change-member";
import { memberStatusJson, memberSuggestionJson } from "../members/member-json";
import { ZChangeMemberInput, ZRegisterMemberInput } from "../members/member-profile.schema";
import { registerMember } from "../members/register-member";

const SUGGESTIONS_LIMIT = 10;

const ZMemberStatusQuery = z.object({ user: queryString(), merchant: queryInteger() });
const ZMemberSuggestionsQuery = z.object({ query: queryString(), merchant: queryInteger() });

export function mountMembershipRoutes(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const { auth } = deps;
  const { members, sqlite } = deps.stores;

  mountResource(app, "/api/memberships/status", {
    name: "Member Status",
    auth,
    input: { GET: { query: ZMemberStatusQuery } },
    handlers: {
      GET: (c) => {
        const { user, merchant } = parseInput(ZMemberStatusQuery, queryParams(c.req.url));
        assertMerchantAccess(c, merchant);
        const membershipId = members.findMembershipId(merchant, user);
        const member = membershipId === undefined ? undefined : members.getMember(membershipId);
        if (!member) throw notFound(`Member with identifier "${user}" not found.`);
        return c.json(memberStatusJson(member));
      },
    },
  });

  mountResource(app, "/api/memberships/suggestions", {
    name: "Member Suggestions",
    auth,
    input: { GET: { query: ZMemberSuggestionsQuery } },
    handlers: {
      GET: (c) => {
        const { query, merchant } = parseInput(ZMemberSuggestionsQuery, queryParams(c.req.url));
        assertMerchantAccess(c, merchant);
        const suggestions = members.suggestMembers(merchant, query, SUGGESTIONS_LIMIT);
        return c.json({ suggestions: suggestions.map(memberSuggestionJson) });
      },
    },
  });

  mountResource(app, "/api/memberships/register", {
    name: "Member Registration",
    auth,
    input: { POST: { body: ZRegisterMemberInput } },
    handlers: {
      POST: async (c) => {
        const input = parseInput(ZRegisterMemberInput, await readRequestData(c));
        assertMerchantAccess(c, input.merchant);
        return c.json(immediate(sqlite, () => registerMember(sqlite, input)));
      },
    },
  });

  mountResource(app, "/api/memberships/change", {
    name: "Change Member Info",
    auth,
    input: { POST: { body: ZChangeMemberInput } },
    handlers: {
      POST: async (c) => {
        const input = parseInput(ZChangeMemberInput, await readRequestData(c));
        assertMerchantAccess(c, input.merchant);
        return c.json(immediate(sqlite, () => changeMember(sqlite, input)));
      },
    },
  });
}
