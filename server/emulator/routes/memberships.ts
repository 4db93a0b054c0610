import type { Hono, MiddlewareHandler } from "hono";
import { z } from "zod";
import { assertMerchantAccess } from "../http/auth";
import type { EmulatorEnv } from "../http/env";
import { notFound } from "../http/errors";
import { mountResource } from "../http/resource";
import { parseInput, queryInteger, queryParams, queryString } from "../http/validation";
import { memberStatusJson, memberSuggestionJson } from "../members/member-json";
import type { MemberQueries } from "../members/member-queries";

const SUGGESTIONS_LIMIT = 10;

const ZMemberStatusQuery = z.object({ user: queryString(), merchant: queryInteger() });
const ZMemberSuggestionsQuery = z.object({ query: queryString(), merchant: queryInteger() });

export function mountMembershipRoutes(
  app: Hono<EmulatorEnv>,
  deps: { auth: MiddlewareHandler<EmulatorEnv>; members: MemberQueries },
): void {
  const { auth, members } = deps;

  mountResource(app, "/api/memberships/status", {
    name: "Member Status",
    auth,
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
    handlers: {
      GET: (c) => {
        const { query, merchant } = parseInput(ZMemberSuggestionsQuery, queryParams(c.req.url));
        assertMerchantAccess(c, merchant);
        const suggestions = members.suggestMembers(merchant, query, SUGGESTIONS_LIMIT);
        return c.json({ suggestions: suggestions.map(memberSuggestionJson) });
      },
    },
  });
}
