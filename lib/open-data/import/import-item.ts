import "server-only";
import { list, str } from "./hsds-values";
import { record, type ImportContext } from "./import-context";
import type { Json } from "./read-hsds-json";
import { writeOrganizationUnit } from "./write-organization";
import { importTaxonomyTerm } from "./write-taxonomy-term";

/** What kind of HSDS record an object is, by the fields its schema requires. */
function classify(item: Json): "organization" | "service" | "service_at_location" | "taxonomy_term" | "other" {
  if ("status" in item && "name" in item) return "service";
  if (item.service && typeof item.service === "object" && item.location) return "service_at_location";
  if ("taxonomy" in item || "taxonomy_id" in item || "term_uri" in item || ("code" in item && !("services" in item)))
    return "taxonomy_term";
  if ("location_type" in item || "service_id" in item || "openapi_url" in item) return "other";
  return "organization";
}

/** One record of a file (an organization with its services, a service, a term…), written through the import's rules. */
export async function importItem(ctx: ImportContext, row: number, item: Json): Promise<void> {
  const kind = classify(item);
  if (kind === "service") {
    const organization = (item.organization as Json | undefined) ?? { id: item.organization_id };
    return writeOrganizationUnit(ctx, row, organization, [item]);
  }
  if (kind === "service_at_location") {
    // A fully nested service_at_location: its service, offered at its location.
    const service = {
      ...(item.service as Json),
      service_at_locations: [{ id: item.id, description: item.description, location: item.location }],
    };
    return importItem(ctx, row, service);
  }
  if (kind === "organization") return writeOrganizationUnit(ctx, row, item, list(item.services));
  if (kind === "taxonomy_term") {
    const term = await importTaxonomyTerm(ctx, item);
    const base = {
      row,
      entity: "taxonomy_term" as const,
      externalId: str(item.id),
      name: str(item.name),
      warnings: {},
    };
    if (!term) return record(ctx, { ...base, outcome: "refused", errors: { name: ["required"] } });
    return record(ctx, { ...base, outcome: term.created ? "created" : "unchanged", recordId: term.id, errors: {} });
  }
  record(ctx, {
    row,
    entity: "record",
    externalId: str(item.id),
    name: null,
    outcome: "refused",
    errors: { record: ["unsupportedRecord"] },
    warnings: {},
  });
}
