import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";

/** Ends every session of the signed-in staff member, this one included (a lost phone). */
export async function signOutEverywhere(actor: Actor | null) {
  if (!actor || actor.kind !== "user") throw new Unauthenticated();
  await endAllStaffSessions(actor.id);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, actor, {
      action: "user.sign_out_everywhere",
      entityType: "user",
      entityId: actor.id,
      after: { sessionsEnded: true },
    }),
  );
}
