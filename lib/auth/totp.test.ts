import { TOTP, Secret } from "otpauth";
import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri, unsealTotpSecret, verifyTotp } from "./totp";

process.env.AUTH_SECRET ??= "test-only-secret-9f8e7d6c5b4a39281716151413121110ffeeddcc";

const codeFor = (base32: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(base32), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp });

describe("TOTP", () => {
  it("accepts the current code and its neighbours, refuses others", () => {
    const { base32, sealed } = newTotpSecret();
    expect(unsealTotpSecret(sealed)).toBe(base32);
    expect(verifyTotp(base32, codeFor(base32))).toBe(true);
    expect(verifyTotp(base32, codeFor(base32, Date.now() - 30_000))).toBe(true);
    expect(verifyTotp(base32, codeFor(base32, Date.now() - 5 * 60_000))).toBe(false);
    expect(verifyTotp(base32, "12345")).toBe(false);
    expect(verifyTotp(base32, "abcdef")).toBe(false);
    expect(totpUri(base32, "agent@example.org")).toMatch(
      /^otpauth:\/\/totp\/R%C3%A9pertoire%20211:agent%40example\.org\?/,
    );
  });

  it("seals secrets: altered or foreign boxes do not open", () => {
    const box = seal("JBSWY3DPEHPK3PXP", "totp");
    expect(open(box, "totp")).toBe("JBSWY3DPEHPK3PXP");
    expect(open(box, "other-purpose")).toBeNull();
    expect(open(box.slice(0, -2) + "AA", "totp")).toBeNull();
    expect(open("v1.x.y", "totp")).toBeNull();
  });

  it("makes ten distinct recovery codes, kept only as hashes", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashes[0]).toBe(hashRecoveryCode(` ${codes[0].toUpperCase()} `));
  });
});
