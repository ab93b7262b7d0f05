import "server-only";
import { createHmac } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";

let secret: string | undefined;

/** A key for one purpose, derived from AUTH_SECRET (a leaked key of one purpose opens nothing else). */
export function stewardshipKey(purpose: "form-time" | "update-link"): Buffer {
  secret ??= resolveAuthSecret();
  return createHmac("sha256", secret).update(`repertoire-211/stewardship/${purpose}`).digest();
}
