import { createStampsCall, type StampsClientConfig } from "./client";
import { membershipEndpoints } from "./endpoints/memberships";

export type { StampsClientConfig, StampsTokenType } from "./client";
export * from "./errors";
export type { TStampsMember, TStampsSuggestion } from "./endpoints/memberships";
export { checkStampsBaseUrl, ZStampsBaseUrl } from "./base-url";

/** The Stamps API, one typed function per endpoint. Holds the token; never log this object. */
export function createStampsClient(config: StampsClientConfig) {
  const call = createStampsCall(config);
  return {
    memberships: membershipEndpoints(call),
  };
}

export type StampsClient = ReturnType<typeof createStampsClient>;
