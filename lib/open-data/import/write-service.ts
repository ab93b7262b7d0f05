import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueSlug } from "@/lib/directory/slug";
import { serviceColumns } from "@/lib/directory/service-links";
import { actorUserId } from "@/lib/directory/write-context";
import { addIssue } from "./issues";
import { list, str, texts, uuidOrNull } from "./hsds-values";
import { contentHash, linkExternal, newId, record, resolveRecord, type ImportContext } from "./import-context";
import { normalizeService } from "./normalize-records";
import type { Json } from "./read-hsds-json";
import { writePhones, writeSchedules } from "./write-children";
import { importTaxonomyTerm } from "./write-taxonomy-term";

async function serviceAreas(ctx: ImportContext, service: Json, warnings: Record<string, string[]>) {
  const areas = [];
  for (const [index, area] of list(service.service_areas).entries()) {
    const name = str(area.name);
    const description = texts(area, "description");
    const [municipality] = name
      ? await ctx.tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM municipality WHERE lower(unaccent(name)) = lower(unaccent(${name})) LIMIT 1`
      : [];
    const [region] =
      name && !municipality
        ? await ctx.tx.$queryRaw<
            { code: string }[]
          >`SELECT code FROM region WHERE lower(unaccent(name_fr)) = lower(unaccent(${name})) OR lower(unaccent(name_en)) = lower(unaccent(${name})) OR code = ${name} LIMIT 1`
        : [];
    if (!municipality && !region) {
      addIssue(warnings, `service_areas.${index}.name`, "unknownServiceArea");
      continue;
    }
    areas.push({
      id: uuidOrNull(area.id),
      municipalityId: municipality?.id ?? null,
      regionCode: region?.code ?? null,
      descriptionFr: description.fr,
      descriptionEn: description.en,
    });
  }
  return areas;
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
  const sites = list(service.service_at_locations).flatMap((sal) => {
    const locationId = ctx.locations.get(String((sal.location as Json | undefined)?.id ?? sal.location_id ?? ""));
    return locationId ? [{ id: uuidOrNull(sal.id), locationId, description: texts(sal, "description") }] : [];
  });
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
    const slug = await uniqueSlug(tx, "service", columns.nameFr);
    id = (
      await tx.service.create({
        data: { id: newId(externalId), ...columns, organizationId, slug, updatedById: actorUserId(ctx.actor) },
      })
    ).id;
  }
  const serviceId = id;
  await tx.serviceLanguage.deleteMany({ where: { serviceId } });
  await tx.serviceLanguage.createMany({ data: languages.map((code) => ({ serviceId, code })), skipDuplicates: true });
  await tx.serviceTaxonomyTerm.deleteMany({ where: { serviceId } });
  await tx.serviceTaxonomyTerm.createMany({ data: [...new Set(terms)].map((termId) => ({ serviceId, termId })) });
  await tx.requiredDocument.deleteMany({ where: { serviceId } });
  await tx.requiredDocument.createMany({
    data: requiredDocuments.map((doc, position) => ({
      ...(keep && checked.extra.documentIds[position] ? { id: checked.extra.documentIds[position]! } : {}),
      serviceId,
      ...doc,
      position,
    })),
  });
  await tx.serviceArea.deleteMany({ where: { serviceId } });
  await tx.serviceArea.createMany({
    data: areas.map(({ id: areaId, ...area }) => ({ ...(keep && areaId ? { id: areaId } : {}), serviceId, ...area })),
  });
  await tx.serviceAtLocation.deleteMany({ where: { serviceId } });
  for (const site of sites)
    await tx.serviceAtLocation.create({
      data: {
        ...(keep && site.id ? { id: site.id } : {}),
        serviceId,
        locationId: site.locationId,
        descriptionFr: site.description.fr,
        descriptionEn: site.description.en,
      },
    });
  await writePhones(tx, { serviceId }, checked.extra.phones, keep);
  await writeSchedules(tx, { serviceId }, checked.extra.schedules, keep);
  await linkExternal(ctx, "service", externalId, serviceId, hash);
  await recordAuditEvent(tx, ctx.actor, {
    action: found.recordId ? "service.import_update" : "service.import_create",
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
