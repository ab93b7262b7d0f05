import "server-only";
import type { Role } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { hashRecoveryCode, unsealTotpSecret, verifyTotp } from "./totp";

/**
 * Who must use two-step verification: admins and editors (they change what the public and
 * the 211 line read) wherever STAFF_TWO_STEP_REQUIRED is true — by default in production.
 * The embedded demo database sets it false so the demo stays one step (scripts/run-app.ts).
 */
export function twoStepRequired(role: Role, env: Record<string, string | undefined> = process.env): boolean {
  const setting = env.STAFF_TWO_STEP_REQUIRED ?? (env.NODE_ENV === "production" ? "true" : "false");
  return setting === "true" && (role === "admin" || role === "editor");
}

/**
 * The second step of a sign-in, for an account that has it on: a current code from the app,
 * or an unused recovery code (consumed atomically, so it works once).
 */
export async function checkSecondFactor(
  user: { id: string; totpSecret: string | null },
  code: string | undefined,
): Promise<"ok" | "missing" | "wrong"> {
  if (!code?.trim()) return "missing";
  const secret = unsealTotpSecret(user.totpSecret);
  if (secret && verifyTotp(secret, code)) return "ok";
  const hash = hashRecoveryCode(code);
  const used = await db.$executeRaw`
    UPDATE app_user SET recovery_code_hashes = array_remove(recovery_code_hashes, ${hash})
     WHERE id = ${user.id}::uuid AND ${hash} = ANY(recovery_code_hashes)`;
  return used === 1 ? "ok" : "wrong";
}
