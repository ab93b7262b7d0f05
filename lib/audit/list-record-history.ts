import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { diffEntries, type DiffLine } from "./diff";

export type HistoryEntry = {
  id: string;
  createdAt: Date;
  actor: string;
  action: string;
  entityType: string;
  entityName: string;
  changes: DiffLine[];
};

const PAGE = 50;

/**
 * The history of an organization as staff read it: its own changes and those of its
 * services and locations, newest first, each with the fields that changed.
 */
export async function listOrganizationHistory(actor: Actor | null, organizationId: string, page = 1) {
  assertCan(actor, "audit:read");
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      nameFr: true,
      services: { select: { id: true, nameFr: true } },
      locations: { select: { id: true, nameFr: true } },
    },
  });
  if (!organization) throw new NotFound("organization");
  const names = new Map<string, string>([[organizationId, organization.nameFr]]);
  for (const record of [...organization.services, ...organization.locations]) names.set(record.id, record.nameFr);
  const where = { entityId: { in: [...names.keys()] } };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  const entries: HistoryEntry[] = events.map((event) => ({
    id: event.id.toString(),
    createdAt: event.createdAt,
    actor: event.actor ? `${event.actor.name} (${event.actor.email})` : event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityName: names.get(event.entityId) ?? "",
    changes: diffEntries(event.before, event.after),
  }));
  return { name: organization.nameFr, entries, page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}
