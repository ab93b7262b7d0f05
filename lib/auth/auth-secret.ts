import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * AUTH_SECRET signs and encrypts session tokens. Production must set it (a lost or leaked
 * secret means every session is forged or dropped). In development and tests one is
 * generated once per data folder (.data/auth-secret, git-ignored), so sessions survive
 * restarts. `npm start` on the embedded database passes that generated secret too
 * (scripts/run-app.ts), so only a deployment with its own DATABASE_URL must configure one.
 */
export function resolveAuthSecret(): string {
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET must be set in production. Generate one with: openssl rand -base64 33");
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored) return stored;
  } catch {
    // first start: generate below
  }
  const secret = randomBytes(33).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
