import accessibility from "../hsds-schema/accessibility.json";
import address from "../hsds-schema/address.json";
import attribute from "../hsds-schema/attribute.json";
import language from "../hsds-schema/language.json";
import location from "../hsds-schema/location.json";
import organization from "../hsds-schema/organization.json";
import phone from "../hsds-schema/phone.json";
import requiredDocument from "../hsds-schema/required_document.json";
import schedule from "../hsds-schema/schedule.json";
import service from "../hsds-schema/service.json";
import serviceArea from "../hsds-schema/service_area.json";
import serviceAtLocation from "../hsds-schema/service_at_location.json";
import taxonomy from "../hsds-schema/taxonomy.json";
import taxonomyTerm from "../hsds-schema/taxonomy_term.json";

type Property = { type?: string; format?: string; datapackage_type?: string; enum?: string[] };
export type TableSchema = { name: string; path: string; required?: string[]; properties: Record<string, Property> };

/** The HSDS tables we publish, in the datapackage's order (parents before children). */
export const TABLES = [
  organization,
  service,
  location,
  serviceAtLocation,
  address,
  accessibility,
  phone,
  schedule,
  serviceArea,
  language,
  requiredDocument,
  taxonomy,
  taxonomyTerm,
  attribute,
] as unknown as TableSchema[];

export const tableByName = new Map(TABLES.map((table) => [table.name, table]));

/** A table's CSV columns: its one-to-one fields (arrays and nested objects are other tables). */
export function columnsOf(table: TableSchema): string[] {
  return Object.entries(table.properties)
    .filter(([, property]) => property.type !== "array" && property.type !== "object" && property.type !== undefined)
    .map(([name]) => name);
}

/** Where nested HSDS objects go when a tree is laid flat into tables. */
export const CHILD_TABLE: Record<string, string> = {
  services: "service",
  locations: "location",
  location: "location",
  phones: "phone",
  schedules: "schedule",
  addresses: "address",
  accessibility: "accessibility",
  service_at_locations: "service_at_location",
  service_areas: "service_area",
  languages: "language",
  required_documents: "required_document",
  attributes: "attribute",
  taxonomy_term: "taxonomy_term",
};
