import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("allows only this origin's scripts carrying the request's nonce, and no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    const names = (production: boolean) => securityHeaders(production).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(
      expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]),
    );
  });
});
