import "server-only";
import type { Tx } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import type { ServiceValues } from "./schemas/service";
import { replacePhones, replaceSchedules } from "./children";

/**
 * Everything a service form edits besides its own columns: languages, terms, documents,
 * phones, hours and the locations it is offered at (only its organization's).
 */
export async function writeServiceLinks(tx: Tx, serviceId: string, organizationId: string, values: ServiceValues) {
  // Sequential: one transaction is one connection.
  const terms = await tx.taxonomyTerm.count({ where: { id: { in: values.taxonomyTermIds } } });
  const locations = await tx.location.count({ where: { id: { in: values.locationIds }, organizationId } });
  const errors: Record<string, string[]> = {};
  if (terms !== new Set(values.taxonomyTermIds).size) errors.taxonomyTermIds = ["unknownOption"];
  if (locations !== new Set(values.locationIds).size) errors.locationIds = ["unknownOption"];
  if (Object.keys(errors).length) throw new Invalid(errors);

  await tx.serviceLanguage.deleteMany({ where: { serviceId } });
  await tx.serviceLanguage.createMany({ data: values.languages.map((code) => ({ serviceId, code })) });
  await tx.serviceTaxonomyTerm.deleteMany({ where: { serviceId } });
  await tx.serviceTaxonomyTerm.createMany({
    data: [...new Set(values.taxonomyTermIds)].map((termId) => ({ serviceId, termId })),
  });
  await tx.requiredDocument.deleteMany({ where: { serviceId } });
  await tx.requiredDocument.createMany({
    data: values.requiredDocuments.map((doc, position) => ({ serviceId, ...doc, position })),
  });
  // Links are diffed, not replaced: a link may carry its own phones and hours.
  await tx.serviceAtLocation.deleteMany({ where: { serviceId, locationId: { notIn: values.locationIds } } });
  await tx.serviceAtLocation.createMany({
    data: values.locationIds.map((locationId) => ({ serviceId, locationId })),
    skipDuplicates: true,
  });
  await replacePhones(tx, { serviceId }, values.phones);
  await replaceSchedules(tx, { serviceId }, values.schedules);
}

const LINKED = ["requiredDocuments", "languages", "taxonomyTermIds", "locationIds", "phones", "schedules"] as const;

/** The service's own columns, as Prisma data. */
export function serviceColumns(values: ServiceValues) {
  const columns: Record<string, unknown> = { ...values };
  for (const key of LINKED) delete columns[key];
  return columns as Omit<ServiceValues, (typeof LINKED)[number]>;
}
