import "server-only";
import { randomUUID } from "node:crypto";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { addIssue, type Issues } from "./issues";
import {
  auditImport,
  contentHash,
  isPending,
  linkExternal,
  newId,
  resolveRecord,
  type ImportContext,
} from "./import-context";
import { placeOf } from "./import-reference";
import type { LocationValues } from "./normalize-records";
import { flushPending } from "./prefetch-chunk";
import { writePhones, writeSchedules } from "./write-children";

/** Creates or updates one site of an organization; returns our id. */
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
  const fresh = !found.recordId;
  const id = found.recordId ?? newId(externalId) ?? randomUUID();
  if (fresh) ctx.pending.rows.location.push({ id, organizationId, ...columns });
  else {
    if (isPending(ctx, id)) await flushPending(ctx);
    await tx.location.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
    await tx.address.deleteMany({ where: { locationId: id } });
    await tx.accessibility.deleteMany({ where: { locationId: id } });
  }
  const rows = [];
  for (const [index, { id: addressId, ...address }] of addresses.entries()) {
    const { municipalityId } = await placeOf(tx, ctx.reference, address.city);
    if (!municipalityId) addIssue(warnings, `${prefix}addresses.${index}.city`, "unknownMunicipality");
    rows.push({ ...(keep && addressId ? { id: addressId } : {}), locationId: id, municipalityId, ...address });
  }
  ctx.pending.rows.address.push(...rows);
  if (accessibility)
    ctx.pending.rows.accessibility.push({
      ...(keep && accessibility.id ? { id: accessibility.id } : {}),
      locationId: id,
      detailsFr: accessibility.detailsFr,
      detailsEn: accessibility.detailsEn,
      ...accessibility.flags,
    });
  await writePhones(ctx, { locationId: id }, phones, { keep, fresh });
  await writeSchedules(ctx, { locationId: id }, schedules, { keep, fresh });
  linkExternal(ctx, "location", externalId, id, hash);
  auditImport(ctx, {
    action: fresh ? "location.import_create" : "location.import_update",
    entityType: "location",
    entityId: id,
    after: { importId: ctx.importId, source: ctx.source, externalId },
  });
  // A new site is offered by no service yet: this file's services are queued as they are written.
  if (!fresh) await enqueueSearchSync(tx, { locationId: id });
  if (externalId) ctx.locations.set(externalId, id);
  return id;
}
