import "server-only";
import { randomUUID } from "node:crypto";
import { slugify } from "@/lib/directory/slug";
import { serviceColumns } from "@/lib/directory/service-links";
import { actorUserId } from "@/lib/directory/write-context";
import { addIssue } from "./issues";
import { list, str, texts, uuidOrNull } from "./hsds-values";
import {
  auditImport,
  contentHash,
  isPending,
  linkExternal,
  newId,
  record,
  resolveRecord,
  type ImportContext,
} from "./import-context";
import { placeOf } from "./import-reference";
import { normalizeService } from "./normalize-records";
import { flushPending } from "./prefetch-chunk";
import type { Json } from "./read-hsds-json";
import { writePhones, writeSchedules } from "./write-children";
import { importTaxonomyTerm } from "./write-taxonomy-term";

async function serviceAreas(ctx: ImportContext, service: Json, warnings: Record<string, string[]>) {
  const areas = [];
  for (const [index, area] of list(service.service_areas).entries()) {
    const name = str(area.name);
    const description = texts(area, "description");
    const place = name ? await placeOf(ctx.tx, ctx.reference, name) : null;
    if (!place?.municipalityId && !place?.regionCode) {
      addIssue(warnings, `service_areas.${index}.name`, "unknownServiceArea");
      continue;
    }
    areas.push({
      id: uuidOrNull(area.id),
      municipalityId: place.municipalityId,
      regionCode: place.regionCode,
      descriptionFr: description.fr,
      descriptionEn: description.en,
    });
  }
  return areas;
}

/** The sites a service is offered at: locations of this chunk, or imported earlier from this source. */
async function sitesOf(ctx: ImportContext, service: Json) {
  const sites = [];
  for (const sal of list(service.service_at_locations)) {
    const externalId = String((sal.location as Json | undefined)?.id ?? sal.location_id ?? "");
    const locationId =
      ctx.locations.get(externalId) ??
      (externalId ? (await resolveRecord(ctx, "location", externalId)).recordId : null);
    if (locationId) sites.push({ id: uuidOrNull(sal.id), locationId, description: texts(sal, "description") });
  }
  return sites;
}

/** One service of an organization: validated by the back-office's rules, written, audited, queued for search. */
export async function writeService(ctx: ImportContext, row: number, organizationId: string, service: Json) {
  const { tx } = ctx;
  const externalId = str(service.id);
  const checked = normalizeService(service);
  const name = str(service.name);
  if (!checked.values) {
    record(ctx, {
      row,
      entity: "service",
      externalId,
      name,
      outcome: "refused",
      errors: checked.errors,
      warnings: checked.warnings,
    });
    return;
  }
  const warnings = checked.warnings;
  const terms: string[] = [];
  for (const [index, attribute] of list(service.attributes).entries()) {
    const term = attribute.taxonomy_term as Json | undefined;
    const found = term ? await importTaxonomyTerm(ctx, term) : null;
    if (found) terms.push(found.id);
    else addIssue(warnings, `attributes.${index}`, "unknownCategory");
  }
  const sites = await sitesOf(ctx, service);
  const areas = await serviceAreas(ctx, service, warnings);
  const { requiredDocuments, languages } = checked.values;
  const columns = serviceColumns(checked.values);
  const content = { organizationId, columns, requiredDocuments, languages, terms, sites, areas, extra: checked.extra };
  const hash = contentHash(content);
  const found = await resolveRecord(ctx, "service", externalId);
  if (found.recordId && found.hash === hash) {
    record(ctx, {
      row,
      entity: "service",
      externalId,
      name,
      outcome: "unchanged",
      recordId: found.recordId,
      errors: {},
      warnings,
    });
    return;
  }
  const keep = !found.recordId ? Boolean(newId(externalId)) : found.recordId === externalId?.toLowerCase();
  let id = found.recordId;
  if (id) {
    if (isPending(ctx, id)) await flushPending(ctx);
    await tx.service.update({
      where: { id },
      data: {
        ...columns,
        organizationId,
        version: { increment: 1 },
        updatedById: actorUserId(ctx.actor),
        updatedAt: new Date(),
      },
    });
  } else {
    // Inserted with the chunk; its slug is made unique then (allocateSlugs).
    id = newId(externalId) ?? randomUUID();
    ctx.pending.rows.service.push({
      id,
      ...columns,
      organizationId,
      slug: slugify(columns.nameFr),
      updatedById: actorUserId(ctx.actor),
    });
  }
  const serviceId = id;
  const fresh = !found.recordId;
  // A service just created owns nothing yet: only an update replaces its rows.
  if (!fresh) {
    await tx.serviceLanguage.deleteMany({ where: { serviceId } });
    await tx.serviceTaxonomyTerm.deleteMany({ where: { serviceId } });
    await tx.requiredDocument.deleteMany({ where: { serviceId } });
    await tx.serviceArea.deleteMany({ where: { serviceId } });
    await tx.serviceAtLocation.deleteMany({ where: { serviceId } });
  }
  const rows = ctx.pending.rows;
  rows.serviceLanguage.push(...languages.map((code) => ({ serviceId, code })));
  rows.serviceTaxonomyTerm.push(...[...new Set(terms)].map((termId) => ({ serviceId, termId })));
  rows.requiredDocument.push(
    ...requiredDocuments.map((doc, position) => ({
      ...(keep && checked.extra.documentIds[position] ? { id: checked.extra.documentIds[position]! } : {}),
      serviceId,
      ...doc,
      position,
    })),
  );
  rows.serviceArea.push(
    ...areas.map(({ id: areaId, ...area }) => ({ ...(keep && areaId ? { id: areaId } : {}), serviceId, ...area })),
  );
  rows.serviceAtLocation.push(
    ...sites.map((site) => ({
      ...(keep && site.id ? { id: site.id } : {}),
      serviceId,
      locationId: site.locationId,
      descriptionFr: site.description.fr,
      descriptionEn: site.description.en,
    })),
  );
  await writePhones(ctx, { serviceId }, checked.extra.phones, { keep, fresh });
  await writeSchedules(ctx, { serviceId }, checked.extra.schedules, { keep, fresh });
  linkExternal(ctx, "service", externalId, serviceId, hash);
  auditImport(ctx, {
    action: fresh ? "service.import_create" : "service.import_update",
    entityType: "service",
    entityId: serviceId,
    after: { importId: ctx.importId, source: ctx.source, externalId },
  });
  ctx.serviceIds.add(serviceId);
  record(ctx, {
    row,
    entity: "service",
    externalId,
    name,
    outcome: found.recordId ? "updated" : "created",
    recordId: serviceId,
    errors: {},
    warnings,
  });
}
