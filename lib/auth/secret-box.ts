import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { resolveAuthSecret } from "./auth-secret";

// Small secrets kept in the database (TOTP seeds) are sealed with AES-256-GCM under a key
// derived from AUTH_SECRET: a stolen database dump alone does not reveal them. Rotating
// AUTH_SECRET therefore also requires staff to set up two-step verification again.

function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", resolveAuthSecret(), "repertoire-211", purpose, 32));
}

export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

/** The sealed text, or null when it was not sealed with this AUTH_SECRET or was altered. */
export function open(sealed: string, purpose: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
