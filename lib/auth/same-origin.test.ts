import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";
import { clientIp } from "./client-ip";

describe("isSameOrigin", () => {
  it("accepts this host and requests without Origin, refuses other sites", () => {
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "https://211.example.org" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "211.example.org" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "211.example.org", origin: "null" }))).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the first forwarded address, then X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
    expect(clientIp(new Headers())).toBeNull();
  });
});
