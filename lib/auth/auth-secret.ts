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
  if (process.env.NODE_ENV === "production") {
    const weakness = authSecretWeakness(configured);
    if (weakness) throw new Error(`AUTH_SECRET ${weakness} Generate one with: openssl rand -base64 33`);
  }
  if (configured) return configured;
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

const PLACEHOLDERS = /change|replace|example|placeholder|secret|password|your/i;

/**
 * Why a production secret is unacceptable, or null. 32 random bytes are at least 43
 * characters in base64; copied placeholders ("change-me", "your-secret-here") and
 * low-variety strings ("aaaa…", "0123…") are refused whatever their length.
 */
export function authSecretWeakness(secret: string | undefined): string | null {
  if (!secret) return "must be set in production.";
  if (secret.length < 43) return "is too short: use at least 32 random bytes (43 base64 characters).";
  if (PLACEHOLDERS.test(secret)) return "looks like a placeholder copied from an example.";
  // Hex has 16 symbols, so a random hex secret can miss a few of them: 10 is the floor.
  if (new Set(secret).size < 10) return "has too little variety to be random.";
  return null;
}
