import "server-only";
import type { Tx } from "@/lib/db/client";
import { Conflict, NotFound } from "@/lib/errors";

type Versioned = "organization" | "service" | "location" | "taxonomyTerm";

/**
 * Called when a `WHERE id = … AND version = …` update touched no row: either the record
 * is gone, or someone saved it since the form was loaded. Says who and when.
 */
export async function conflictOrNotFound(tx: Tx, entity: Versioned, id: string): Promise<never> {
  const current = await currentVersion(tx, entity, id);
  if (!current) throw new NotFound(entity);
  let updatedBy = current.updatedBy ? `${current.updatedBy.name} (${current.updatedBy.email})` : null;
  if (!updatedBy) {
    // Locations and terms keep no updated_by column: the audit trail knows.
    const last = await tx.auditEvent.findFirst({
      where: { entityId: id },
      orderBy: { createdAt: "desc" },
      select: { actorLabel: true, actor: { select: { name: true, email: true } } },
    });
    updatedBy = last ? (last.actor ? `${last.actor.name} (${last.actor.email})` : last.actorLabel) : null;
  }
  throw new Conflict({ currentVersion: current.version, updatedBy, updatedAt: current.updatedAt });
}

async function currentVersion(tx: Tx, entity: Versioned, id: string) {
  const who = { select: { name: true, email: true } } as const;
  const base = { version: true, updatedAt: true } as const;
  switch (entity) {
    case "organization":
      return tx.organization.findUnique({ where: { id }, select: { ...base, updatedBy: who } });
    case "service":
      return tx.service.findUnique({ where: { id }, select: { ...base, updatedBy: who } });
    case "location": {
      const row = await tx.location.findUnique({ where: { id }, select: base });
      return row && { ...row, updatedBy: null };
    }
    case "taxonomyTerm": {
      const row = await tx.taxonomyTerm.findUnique({ where: { id }, select: base });
      return row && { ...row, updatedBy: null };
    }
  }
}
