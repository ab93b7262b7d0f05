import { describe, expect, it } from "vitest";
import { clientIp, parseTrustedProxies } from "./client-ip";
import { PEER_ADDRESS_HEADER } from "./peer-address";

const none = parseTrustedProxies("");
const proxy = parseTrustedProxies("10.0.0.0/8, 172.20.0.5, ::1");
const from = (peer: string | null, forwarded?: string) =>
  new Headers({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}),
    ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
  });

describe("clientIp", () => {
  it("trusts no forwarding header by default: the client is the connection's peer", () => {
    expect(clientIp(from("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.1", [PEER_ADDRESS_HEADER]: "203.0.113.9" }), none)).toBe(
      "203.0.113.9",
    );
  });

  it("reads X-Forwarded-For right to left from a trusted proxy, skipping trusted hops", () => {
    expect(clientIp(from("10.1.2.3", "198.51.100.7"), proxy)).toBe("198.51.100.7");
    // A forged left-most entry is ignored: the proxy appended the real client after it.
    expect(clientIp(from("10.1.2.3", "1.2.3.4, 198.51.100.7, 172.20.0.5"), proxy)).toBe("198.51.100.7");
    expect(clientIp(from("::1", "198.51.100.8"), proxy)).toBe("198.51.100.8");
  });

  it("falls back to the peer when the chain is only proxies or malformed", () => {
    expect(clientIp(from("10.1.2.3", "10.9.9.9"), proxy)).toBe("10.1.2.3");
    expect(clientIp(from("10.1.2.3", "not-an-ip"), proxy)).toBe("10.1.2.3");
    expect(clientIp(from("10.1.2.3"), proxy)).toBe("10.1.2.3");
  });

  it("normalises IPv4-mapped IPv6 peers and refuses junk", () => {
    expect(clientIp(from("::ffff:203.0.113.9"), none)).toBe("203.0.113.9");
    expect(clientIp(from("<script>"), none)).toBeNull();
    expect(clientIp(from(null, "198.51.100.1"), none)).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry it cannot read", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/);
  });
});
