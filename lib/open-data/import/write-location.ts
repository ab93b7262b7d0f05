import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Prisma } from "@/lib/db/generated/client";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { addIssue, type Issues } from "./issues";
import { contentHash, linkExternal, newId, resolveRecord, type ImportContext } from "./import-context";
import type { LocationValues } from "./normalize-records";
import { writePhones, writeSchedules } from "./write-children";

async function municipalityId(ctx: ImportContext, city: string) {
  const key = city.toLowerCase();
  if (!ctx.municipalities.has(key)) {
    const [row] = await ctx.tx.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT id FROM municipality WHERE lower(unaccent(name)) = lower(unaccent(${city})) LIMIT 1`,
    );
    ctx.municipalities.set(key, row?.id ?? null);
  }
  return ctx.municipalities.get(key) ?? null;
}

/** Creates or updates one site of an organization; returns our id, or null when unchanged. */
export async function writeLocation(
  ctx: ImportContext,
  organizationId: string,
  location: LocationValues,
  warnings: Issues,
  prefix: string,
) {
  const { tx } = ctx;
  const hash = contentHash({ organizationId, location });
  const found = await resolveRecord(ctx, "location", location.externalId);
  if (found.recordId && found.hash === hash) {
    if (location.externalId) ctx.locations.set(location.externalId, found.recordId);
    return found.recordId;
  }
  const { addresses, accessibility, phones, schedules, externalId, ...columns } = location;
  const keep = !found.recordId ? Boolean(newId(externalId)) : found.recordId === externalId?.toLowerCase();
  const id =
    found.recordId ?? (await tx.location.create({ data: { id: newId(externalId), organizationId, ...columns } })).id;
  if (found.recordId) await tx.location.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
  await tx.address.deleteMany({ where: { locationId: id } });
  for (const [index, { id: addressId, ...address }] of addresses.entries()) {
    const municipality = await municipalityId(ctx, address.city);
    if (!municipality) addIssue(warnings, `${prefix}addresses.${index}.city`, "unknownMunicipality");
    await tx.address.create({
      data: {
        ...(keep && addressId ? { id: addressId } : {}),
        locationId: id,
        municipalityId: municipality,
        ...address,
      },
    });
  }
  await tx.accessibility.deleteMany({ where: { locationId: id } });
  if (accessibility)
    await tx.accessibility.create({
      data: {
        ...(keep && accessibility.id ? { id: accessibility.id } : {}),
        locationId: id,
        detailsFr: accessibility.detailsFr,
        detailsEn: accessibility.detailsEn,
        ...accessibility.flags,
      },
    });
  await writePhones(tx, { locationId: id }, phones, keep);
  await writeSchedules(tx, { locationId: id }, schedules, keep);
  await linkExternal(ctx, "location", externalId, id, hash);
  await recordAuditEvent(tx, ctx.actor, {
    action: found.recordId ? "location.import_update" : "location.import_create",
    entityType: "location",
    entityId: id,
    after: { importId: ctx.importId, source: ctx.source, externalId },
  });
  await enqueueSearchSync(tx, { locationId: id });
  if (externalId) ctx.locations.set(externalId, id);
  return id;
}
