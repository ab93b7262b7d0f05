import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { newRecoveryCodes, unsealTotpSecret, verifyTotp } from "@/lib/auth/totp";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Invalid, Unauthenticated } from "@/lib/errors";

/**
 * Turns two-step verification on once the app's first code matches; returns the recovery
 * codes, shown once. Other sessions end: they were opened with the password alone.
 */
export async function confirmTwoStepSetup(actor: Actor | null, input: { code?: unknown }) {
  if (!actor || actor.kind !== "user") throw new Unauthenticated();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  const secret = unsealTotpSecret(user.totpSecret);
  if (!secret) throw new Invalid({ code: ["setupExpired"] });
  if (!verifyTotp(secret, String(input.code ?? ""))) throw new Invalid({ code: ["codeWrong"] });
  const { codes, hashes } = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpEnabledAt: new Date(), recoveryCodeHashes: hashes, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, actor, {
      action: "user.two_step_enabled",
      entityType: "user",
      entityId: user.id,
      after: { twoStep: true },
    });
  });
  await endAllStaffSessions(user.id, actor.sessionId);
  return { recoveryCodes: codes };
}
