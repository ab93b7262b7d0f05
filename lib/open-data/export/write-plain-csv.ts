import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import { englishOf } from "./translations";

type Json = Record<string, unknown>;
type Row = Record<string, unknown>;

export const PLAIN_COLUMNS = [
  "service_id",
  "organization_id",
  "organization_name_fr",
  "organization_name_en",
  "name_fr",
  "name_en",
  "description_fr",
  "description_en",
  "status",
  "phone",
  "email",
  "website",
  "address",
  "city",
  "postal_code",
  "categories",
  "languages",
  "last_modified",
] as const;

const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);

function serviceRow(organization: Json, service: Json): Record<(typeof PLAIN_COLUMNS)[number], unknown> {
  const phone = list(service.phones)[0] ?? list(organization.phones)[0];
  const location = list(service.service_at_locations).map((sal) => sal.location as Json)[0];
  const address = location ? list(location.addresses)[0] : undefined;
  return {
    service_id: service.id,
    organization_id: organization.id,
    organization_name_fr: organization.name,
    organization_name_en: englishOf(organization, "name"),
    name_fr: service.name,
    name_en: englishOf(service, "name"),
    description_fr: service.description,
    description_en: englishOf(service, "description"),
    status: service.status,
    phone: phone ? `${phone.number}${phone.extension ? `, ${phone.extension}` : ""}` : "",
    email: service.email,
    website: service.url,
    address: address ? [address.address_1, address.address_2].filter(Boolean).join(", ") : "",
    city: address?.city,
    postal_code: address?.postal_code,
    categories: list(service.attributes)
      .map((attribute) => (attribute.taxonomy_term as Json | undefined)?.code)
      .filter(Boolean)
      .join(", "),
    languages: list(service.languages)
      .map((language) => language.code)
      .join(", "),
    last_modified: service.last_modified,
  };
}

/**
 * One row per service, both languages side by side, for spreadsheets. With a byte-order mark
 * so that Excel reads UTF-8 (accents), and `;` as separator on request (Excel in French
 * splits columns on semicolons).
 */
export async function writePlainCsv(
  out: Writable,
  records: AsyncIterable<Json>,
  options: { delimiter: "," | ";" },
  onRecord: (record: Json) => void,
) {
  const csv = stringify({ header: true, columns: [...PLAIN_COLUMNS], bom: true, delimiter: options.delimiter });
  csv.pipe(out);
  for await (const organization of records) {
    for (const service of list(organization.services)) {
      const row: Row = serviceRow(organization, service);
      if (!csv.write(row)) await once(csv, "drain");
    }
    onRecord(organization);
  }
  csv.end();
  await once(csv, "end");
}
