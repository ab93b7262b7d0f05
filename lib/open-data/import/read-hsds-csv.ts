import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { TABLES, tableByName } from "../export/table-schemas";
import type { Json } from "./read-hsds-json";

type Row = Record<string, unknown>;

/** One table of the datapackage, its values typed by the HSDS table schema (numbers), blanks left out. */
async function readTable(folder: string, name: string): Promise<Row[]> {
  const table = tableByName.get(name)!;
  const file = path.join(folder, table.path);
  if (!existsSync(file)) return [];
  const rows: Record<string, string>[] = parse(await readFile(file), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  return rows.map((row) => {
    const typed: Row = {};
    for (const [key, value] of Object.entries(row)) {
      if (value === "" || value === undefined) continue;
      typed[key] = table.properties[key]?.type === "number" && Number.isFinite(Number(value)) ? Number(value) : value;
    }
    return typed;
  });
}

function groupBy(rows: Row[], key: string) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key];
    if (typeof value !== "string") continue;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}

/** The owner a phone or schedule row belongs to: the most specific of service, location, organization. */
function byOwner(rows: Row[]) {
  const owners = new Map<string, Row[]>();
  for (const row of rows) {
    const owner = row.service_id ?? row.location_id ?? row.organization_id;
    if (typeof owner === "string") owners.set(owner, [...(owners.get(owner) ?? []), row]);
  }
  return owners;
}

/**
 * The HSDS CSV datapackage (a folder of tables, or its datapackage.json) assembled back into the
 * nested records the JSON importer reads: taxonomy terms first, then organizations with their
 * locations and services. The tables are joined in memory: for very large directories, prefer
 * HSDS JSON, which streams.
 */
export async function* readHsdsCsv(input: string): AsyncGenerator<Json> {
  const folder = statSync(input).isDirectory() ? input : path.dirname(input);
  if (!TABLES.some((table) => existsSync(path.join(folder, table.path))))
    throw new Error(`No HSDS tables (organizations.csv, services.csv…) in ${folder}`);
  const t = Object.fromEntries(
    await Promise.all(TABLES.map(async (table) => [table.name, await readTable(folder, table.name)])),
  );
  const terms = new Map((t.taxonomy_term as Row[]).map((term) => [String(term.id), term]));
  const phones = byOwner(t.phone);
  const schedules = byOwner(t.schedule);
  const addresses = groupBy(t.address, "location_id");
  const accessibility = groupBy(t.accessibility, "location_id");
  const languages = groupBy(t.language, "service_id");
  const documents = groupBy(t.required_document, "service_id");
  const areas = groupBy(t.service_area, "service_id");
  const attributes = groupBy(t.attribute, "link_id");
  const sites = groupBy(t.service_at_location, "service_id");
  const locationsByOrganization = groupBy(t.location, "organization_id");
  const servicesByOrganization = groupBy(t.service, "organization_id");
  const location = (row: Row) => ({
    ...row,
    addresses: addresses.get(String(row.id)) ?? [],
    accessibility: accessibility.get(String(row.id)) ?? [],
    phones: phones.get(String(row.id)) ?? [],
    schedules: schedules.get(String(row.id)) ?? [],
  });
  const locationsById = new Map((t.location as Row[]).map((row) => [String(row.id), row]));

  yield* [...terms.values()] as Json[];
  for (const organization of t.organization as Row[]) {
    const id = String(organization.id);
    yield {
      ...organization,
      phones: phones.get(id) ?? [],
      locations: (locationsByOrganization.get(id) ?? []).map(location),
      services: (servicesByOrganization.get(id) ?? []).map((service) => {
        const serviceId = String(service.id);
        return {
          ...service,
          phones: phones.get(serviceId) ?? [],
          schedules: schedules.get(serviceId) ?? [],
          languages: languages.get(serviceId) ?? [],
          required_documents: documents.get(serviceId) ?? [],
          service_areas: areas.get(serviceId) ?? [],
          attributes: (attributes.get(serviceId) ?? []).map((attribute) => ({
            ...attribute,
            taxonomy_term: terms.get(String(attribute.taxonomy_term_id)),
          })),
          // A site of another organization's table row is still this service's site.
          service_at_locations: (sites.get(serviceId) ?? []).map((site) => {
            const place = locationsById.get(String(site.location_id));
            return { ...site, location: place ? location(place) : undefined };
          }),
        };
      }),
    } as Json;
  }
}
