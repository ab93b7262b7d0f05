import { isIP } from "node:net";
import { PEER_ADDRESS_HEADER } from "./peer-address";

/**
 * The client address, for per-client limits (sign-in throttling, public rate limits).
 *
 * Forwarding headers are anyone's to write, so they are believed only when the connection
 * itself comes from a proxy named in TRUSTED_PROXIES (comma-separated addresses or IPv4
 * CIDR ranges); then the client is the right-most X-Forwarded-For entry that is not itself
 * a trusted proxy. By default nothing is trusted and the client is the connection's peer.
 * The peer is put in a private header by the server hook in peer-address.ts (overwriting any
 * value a client sent); without that hook (a handler called directly) the answer is null.
 */
export function clientIp(headers: Headers, trusted: TrustedProxies = trustedProxiesFromEnv()): string | null {
  const peer = normalize(headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return null;
  if (!trusted.has(peer)) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalize);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const address = forwarded[i];
    if (!address) return peer; // a malformed entry: stop at what we know
    if (!trusted.has(address)) return address;
  }
  return peer;
}

function normalize(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return address && isIP(address) ? address : null;
}

export type TrustedProxies = { has(address: string): boolean };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const rules = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(rule);
  return { has: (address) => rules.some((matches) => matches(address)) };
}

function rule(entry: string): (address: string) => boolean {
  const [base, bits] = entry.split("/");
  if (bits === undefined || isIP(base) !== 4) {
    const exact = normalize(base);
    if (!exact) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or IPv4 range.`);
    return (address) => address === exact;
  }
  const length = Number(bits);
  if (!Number.isInteger(length) || length < 0 || length > 32) throw new Error(`TRUSTED_PROXIES: bad range "${entry}".`);
  const mask = length === 0 ? 0 : (~0 << (32 - length)) >>> 0;
  const network = ipv4(base) & mask;
  return (address) => isIP(address) === 4 && (ipv4(address) & mask) >>> 0 === network >>> 0;
}

function ipv4(address: string): number {
  return address.split(".").reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

let cached: { raw: string | undefined; proxies: TrustedProxies } | undefined;
function trustedProxiesFromEnv(): TrustedProxies {
  const raw = process.env.TRUSTED_PROXIES;
  if (!cached || cached.raw !== raw) cached = { raw, proxies: parseTrustedProxies(raw) };
  return cached.proxies;
}
