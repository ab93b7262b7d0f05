import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * The only way a change reaches the search index: rows written in the same transaction
 * as the change. The index holds one document per service, so every change is expressed
 * as the services whose documents it affects; the relay rebuilds each document from the
 * database as it is when delivered.
 */
export type AffectedServices =
  { serviceIds: string[] } | { organizationId: string } | { locationId: string } | { taxonomyTermId: string };

export async function enqueueSearchSync(tx: Tx, affected: AffectedServices) {
  if ("serviceIds" in affected) {
    if (affected.serviceIds.length === 0) return;
    await tx.searchOutbox.createMany({
      data: affected.serviceIds.map((entityId) => ({ entityType: "service", entityId, operation: "upsert" })),
    });
  } else if ("organizationId" in affected) {
    await tx.$executeRaw`INSERT INTO search_outbox (entity_type, entity_id, operation)
      SELECT 'service', id, 'upsert' FROM service WHERE organization_id = ${affected.organizationId}::uuid`;
  } else if ("locationId" in affected) {
    await tx.$executeRaw`INSERT INTO search_outbox (entity_type, entity_id, operation)
      SELECT DISTINCT 'service', service_id, 'upsert' FROM service_at_location WHERE location_id = ${affected.locationId}::uuid`;
  } else {
    await tx.$executeRaw`INSERT INTO search_outbox (entity_type, entity_id, operation)
      SELECT DISTINCT 'service', st.service_id, 'upsert' FROM service_taxonomy_term st
      JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
      JOIN taxonomy_term changed ON changed.id = ${affected.taxonomyTermId}::uuid
      WHERE t.code = changed.code OR t.code LIKE changed.code || '.%'`;
  }
}
