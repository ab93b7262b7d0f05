import type { Service } from "@/lib/db/generated/client";

const SCALAR_FIELDS = [
  "nameFr",
  "nameEn",
  "alternateName",
  "descriptionFr",
  "descriptionEn",
  "url",
  "email",
  "status",
  "alertFr",
  "alertEn",
  "eligibilityFr",
  "eligibilityEn",
  "clienteleFr",
  "clienteleEn",
  "minimumAge",
  "maximumAge",
  "isFree",
  "feesDescriptionFr",
  "feesDescriptionEn",
  "applicationProcessFr",
  "applicationProcessEn",
  "interpretationServices",
] as const satisfies readonly (keyof Service)[];

export type ServiceScalarFields = Pick<Service, (typeof SCALAR_FIELDS)[number]>;

/** A service's own editable fields, in form order: what the edit form starts from and what history records. */
export function serviceScalarFields(service: ServiceScalarFields): ServiceScalarFields {
  return Object.fromEntries(SCALAR_FIELDS.map((field) => [field, service[field]])) as ServiceScalarFields;
}
