import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { open, seal } from "./secret-box";

// Two-step verification with any authenticator app (RFC 6238: SHA-1, 6 digits, 30 s), through
// the otpauth library (docs/decisions/012-staff-two-step-verification.md).

const PURPOSE = "totp";
const ISSUER = "Répertoire 211";

const totp = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });

export function newTotpSecret(): { base32: string; sealed: string } {
  const base32 = new Secret({ size: 20 }).base32;
  return { base32, sealed: seal(base32, PURPOSE) };
}

export function unsealTotpSecret(sealed: string | null): string | null {
  return sealed ? open(sealed, PURPOSE) : null;
}

export function totpUri(base32: string, email: string): string {
  return totp(base32, email).toString();
}

/** A code of the current 30 s step or the one before or after (clock drift). */
export function verifyTotp(base32: string, code: string): boolean {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return false;
  return totp(base32, "check").validate({ token: digits, window: 1 }) !== null;
}

/** Ten single-use codes "xxxxx-xxxxx" (50 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}
