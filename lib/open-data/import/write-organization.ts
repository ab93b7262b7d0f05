import "server-only";
import { randomUUID } from "node:crypto";
import { slugify } from "@/lib/directory/slug";
import { actorUserId } from "@/lib/directory/write-context";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { list, str } from "./hsds-values";
import {
  auditImport,
  contentHash,
  isPending,
  linkExternal,
  newId,
  record,
  recordAwaitingDuplicates,
  resolveRecord,
  type ImportContext,
} from "./import-context";
import { normalizeLocation, normalizeOrganization } from "./normalize-records";
import { flushPending } from "./prefetch-chunk";
import type { Json } from "./read-hsds-json";
import { writePhones } from "./write-children";
import { writeLocation } from "./write-location";
import { writeService } from "./write-service";

/** Sites named by the organization and by its services' service_at_locations, once each. */
function locationsOf(organization: Json, services: Json[]) {
  const byId = new Map<string, Json>();
  const add = (location: unknown) => {
    if (location && typeof location === "object")
      byId.set(String((location as Json).id ?? byId.size), location as Json);
  };
  list(organization.locations).forEach(add);
  for (const service of services) for (const sal of list(service.service_at_locations)) add(sal.location);
  return [...byId.values()];
}

/** One organization, its sites and its services: the unit an HSDS file is imported by. */
export async function writeOrganizationUnit(ctx: ImportContext, row: number, organization: Json, services: Json[]) {
  const { tx } = ctx;
  const externalId = str(organization.id);
  const name = str(organization.name);
  const checked = normalizeOrganization(organization);
  const found = await resolveRecord(ctx, "organization", externalId);
  // A service that only names its organization by id imports into that existing organization.
  const referenceOnly = !str(organization.name) && !str(organization.description);
  if (referenceOnly && found.recordId) {
    for (const service of services) await writeService(ctx, row, found.recordId, service);
    return;
  }
  if (!checked.values) {
    record(ctx, {
      row,
      entity: "organization",
      externalId,
      name,
      outcome: "refused",
      errors: referenceOnly ? { organization_id: ["unknownOrganization"] } : checked.errors,
      warnings: checked.warnings,
    });
    // Its services cannot be imported without it: each is refused with the reason.
    for (const service of services)
      record(ctx, {
        row,
        entity: "service",
        externalId: str(service.id),
        name: str(service.name),
        outcome: "refused",
        errors: { organization: ["organizationRefused"] },
        warnings: {},
      });
    return;
  }
  const { phones, ...columns } = checked.values;
  const warnings = checked.warnings;
  const hash = contentHash(checked.values);
  const keep = !found.recordId ? Boolean(newId(externalId)) : found.recordId === externalId?.toLowerCase();
  let id = found.recordId;
  const unchanged = Boolean(found.recordId && found.hash === hash);
  const locations = locationsOf(organization, services).map((location, index) =>
    normalizeLocation(location, columns.nameFr, `locations.${index}.`, warnings),
  );
  if (!unchanged) {
    if (id) {
      if (isPending(ctx, id)) await flushPending(ctx);
      await tx.organization.update({
        where: { id },
        data: { ...columns, version: { increment: 1 }, updatedById: actorUserId(ctx.actor), updatedAt: new Date() },
      });
    } else {
      // Inserted with the chunk; its slug is made unique then (allocateSlugs).
      id = newId(externalId) ?? randomUUID();
      ctx.pending.rows.organization.push({
        id,
        ...columns,
        slug: slugify(columns.nameFr),
        updatedById: actorUserId(ctx.actor),
        // No duplicate candidate for other records until the import ends (find-duplicates.ts).
        pendingImportId: ctx.importId,
      });
    }
    await writePhones(ctx, { organizationId: id }, phones, { keep, fresh: !found.recordId });
    linkExternal(ctx, "organization", externalId, id, hash);
    auditImport(ctx, {
      action: found.recordId ? "organization.import_update" : "organization.import_create",
      entityType: "organization",
      entityId: id,
      after: { importId: ctx.importId, source: ctx.source, externalId },
    });
    // A new organization has no services yet: those of this file are queued as they are written.
    if (found.recordId) await enqueueSearchSync(tx, { organizationId: id });
  }
  const organizationId = id!;
  for (const [index, location] of locations.entries())
    await writeLocation(ctx, organizationId, location, warnings, `locations.${index}.`);
  const result = {
    row,
    entity: "organization" as const,
    externalId,
    name,
    outcome: unchanged ? ("unchanged" as const) : found.recordId ? ("updated" as const) : ("created" as const),
    recordId: organizationId,
    errors: {},
    warnings,
  };
  // A new organization may already be in the directory under another name or id: shown in the
  // report, once the chunk's new organizations have been compared with it (checkDuplicates).
  if (found.recordId) record(ctx, { ...result, duplicates: [] });
  else
    recordAwaitingDuplicates(ctx, result, {
      nameFr: columns.nameFr,
      phones: phones.map((phone) => phone.number),
      website: columns.website,
      addresses: locations.flatMap((location) => location.addresses),
    });
  for (const service of services) await writeService(ctx, row, organizationId, service);
}
