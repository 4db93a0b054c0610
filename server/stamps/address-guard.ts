import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/** Addresses a merchant's Stamps API may never resolve to: this machine, the private network, link-local, multicast. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv6");
}

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, "ipv4");
  return INTERNAL.check(address, "ipv6");
}

export type AddressCheck = { ok: true } | { ok: false; reason: "not-resolved" | "internal" };

/**
 * Resolves the host and checks every address it has: one internal address is enough to refuse, since the
 * connection may use any of them. Hosts on the allow-list (the emulator on localhost in the demo) are trusted.
 */
export async function checkStampsAddress(url: URL, allowedOrigins: readonly string[]): Promise<AddressCheck> {
  if (allowedOrigins.includes(url.origin)) return { ok: true };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true, verbatim: true });
  } catch {
    return { ok: false, reason: "not-resolved" };
  }
  if (addresses.length === 0) return { ok: false, reason: "not-resolved" };
  return addresses.some(({ address }) => isInternalAddress(address)) ? { ok: false, reason: "internal" } : { ok: true };
}
