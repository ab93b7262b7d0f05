import "server-only";
import type { Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";

export type AuditEntry = {
  action: string; // "organization.update", "service.archive", "user.role_change" …
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** The row of one event: who (a user, or the system's label), what, and plain JSON copies of before/after. */
function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    actorId: actor.kind === "user" ? actor.id : null,
    actorLabel: actorLabel(actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? undefined : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? undefined : JSON.parse(JSON.stringify(entry.after)),
  };
}

/** Written inside the same transaction as the change it describes; the table is append-only. */
export async function recordAuditEvent(tx: Tx, actor: Actor, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: auditRow(actor, entry),
  });
}

/** Many events in one statement (the import's chunks); same rows as recordAuditEvent writes. */
export async function recordAuditEvents(tx: Tx, actor: Actor, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  // One jsonb parameter rather than createMany's one per value: an import chunk writes thousands.
  await insertRows(
    tx,
    "AuditEvent",
    entries.map((entry) => auditRow(actor, entry)),
  );
}
