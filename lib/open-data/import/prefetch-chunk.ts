import "server-only";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import { insertRows } from "@/lib/db/insert-rows";
import { Prisma } from "@/lib/db/generated/client";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { checkDuplicates } from "./check-duplicates";
import { knownKey, noPending, type ImportContext, type LinkedEntity } from "./import-context";
import { allocateSlugs } from "./allocate-slugs";
import { learnPlaces } from "./import-reference";
import type { Json } from "./read-hsds-json";

const ENTITIES: LinkedEntity[] = ["organization", "service", "location"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every identifier and place name anywhere in a chunk's records (ids of any nested object). */
function namesIn(items: Json[]) {
  const ids = new Set<string>();
  const places = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value && typeof value === "object")
      for (const [field, child] of Object.entries(value)) {
        if (key === "service_areas" && field === "name" && typeof child === "string") places.add(child.trim());
        visit(child, field);
      }
    else if (typeof value === "string" && value.trim()) {
      if (key === "id" || key === "organization_id" || key === "location_id") ids.add(value.trim());
      if (key === "city") places.add(value.trim());
    }
  };
  visit(items, "");
  return { ids: [...ids], places };
}

/**
 * Looks up, in a handful of queries, what each record of the chunk would otherwise look up one
 * by one: the records its external ids designate, and its municipalities.
 */
export async function prefetchChunk(ctx: ImportContext, items: Json[]) {
  const { tx } = ctx;
  const { ids, places } = namesIn(items);
  await learnPlaces(tx, ctx.reference, places);
  if (ids.length === 0) return;
  const uuids = ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  // One array parameter each (a chunk names thousands of ids; Prisma's `in` sends one per id).
  // One transaction is one connection: these run one after the other anyway.
  const links = await tx.$queryRaw<
    { entityType: string; externalId: string; recordId: string; contentHash: string | null }[]
  >`
    SELECT entity_type AS "entityType", external_id AS "externalId", record_id AS "recordId", content_hash AS "contentHash"
    FROM external_identifier WHERE source = ${ctx.source} AND external_id = ANY(${ids}::text[])`;
  const ours = async (table: "organization" | "service" | "location") =>
    new Set(
      (
        await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM ${Prisma.raw(table)} WHERE id = ANY(${uuids}::uuid[])`
      ).map((row) => row.id),
    );
  const known = {
    organization: await ours("organization"),
    service: await ours("service"),
    location: await ours("location"),
  };
  const linked = new Map(links.map((link) => [`${link.entityType}:${link.externalId}`, link]));
  for (const id of ids)
    for (const entity of ENTITIES) {
      const key = knownKey(entity, id);
      const link = linked.get(key);
      const own = known[entity].has(id.toLowerCase()) ? id.toLowerCase() : null;
      ctx.known.set(key, link ? { recordId: link.recordId, hash: link.contentHash } : { recordId: own, hash: null });
    }
}

/** Writes what the chunk's records queued — duplicate checks, new rows, external-id links, audit events, search outbox — set-based. */
export async function flushPending(ctx: ImportContext) {
  const { tx } = ctx;
  await checkDuplicates(ctx);
  const rows = ctx.pending.rows;
  // Parents first (a service's organization, an address's location…); one statement per table.
  await allocateSlugs(tx, "organization", rows.organization);
  await allocateSlugs(tx, "service", rows.service);
  await insertRows(tx, "Organization", rows.organization);
  await insertRows(tx, "Location", rows.location);
  await insertRows(tx, "Service", rows.service);
  await insertRows(tx, "Address", rows.address);
  await insertRows(tx, "Accessibility", rows.accessibility);
  await insertRows(tx, "Phone", rows.phone);
  await insertRows(tx, "Schedule", rows.schedule);
  await insertRows(tx, "ScheduleRange", rows.scheduleRange);
  await insertRows(tx, "ServiceLanguage", rows.serviceLanguage, { skipDuplicates: true });
  await insertRows(tx, "ServiceTaxonomyTerm", rows.serviceTaxonomyTerm);
  await insertRows(tx, "RequiredDocument", rows.requiredDocument);
  await insertRows(tx, "ServiceArea", rows.serviceArea);
  await insertRows(tx, "ServiceAtLocation", rows.serviceAtLocation);
  const links = [...ctx.pending.links.values()];
  if (links.length)
    await tx.$executeRaw`
      INSERT INTO external_identifier
        (id, source, entity_type, external_id, record_id, content_hash, import_id, created_at, updated_at)
      SELECT gen_random_uuid(), ${ctx.source}, t.entity_type, t.external_id, t.record_id, t.hash, ${ctx.importId}::uuid, now(), now()
      FROM unnest(${links.map((l) => l.entityType)}::text[], ${links.map((l) => l.externalId)}::text[],
                  ${links.map((l) => l.recordId)}::uuid[], ${links.map((l) => l.hash)}::text[])
        AS t(entity_type, external_id, record_id, hash)
      ON CONFLICT (source, entity_type, external_id) DO UPDATE
        SET record_id = excluded.record_id, content_hash = excluded.content_hash,
            import_id = excluded.import_id, updated_at = now()`;
  await recordAuditEvents(tx, ctx.actor, ctx.pending.audit);
  await enqueueSearchSync(tx, { serviceIds: [...ctx.serviceIds] });
  ctx.pending = noPending();
  ctx.serviceIds.clear();
}
