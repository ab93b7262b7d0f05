import "server-only";
import type { Tx } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import type { LocationValues } from "./schemas/location";
import { replacePhones, replaceSchedules } from "./children";

export function locationColumns(values: LocationValues) {
  return {
    nameFr: values.nameFr,
    nameEn: values.nameEn,
    descriptionFr: values.descriptionFr,
    descriptionEn: values.descriptionEn,
    transportationFr: values.transportationFr,
    transportationEn: values.transportationEn,
    latitude: values.latitude,
    longitude: values.longitude,
  };
}

/** The physical address (one per location here), accessibility, phones and hours. */
export async function writeLocationParts(tx: Tx, locationId: string, values: LocationValues) {
  const municipality = await tx.municipality.findUnique({ where: { id: values.municipalityId } });
  if (!municipality) throw new Invalid({ municipalityId: ["unknownOption"] });
  const address = {
    address1: values.address1,
    address2: values.address2,
    city: municipality.name,
    municipalityId: municipality.id,
    postalCode: values.postalCode,
    stateProvince: "QC",
    country: "CA",
  };
  const existing = await tx.address.findFirst({ where: { locationId, addressType: "physical" } });
  if (existing) await tx.address.update({ where: { id: existing.id }, data: address });
  else await tx.address.create({ data: { ...address, locationId } });
  const accessibility = {
    wheelchair: values.wheelchair,
    accessibleWashroom: values.accessibleWashroom,
    parking: values.parking,
    elevator: values.elevator,
    detailsFr: values.accessibilityFr,
    detailsEn: values.accessibilityEn,
  };
  await tx.accessibility.upsert({
    where: { locationId },
    update: accessibility,
    create: { ...accessibility, locationId },
  });
  await replacePhones(tx, { locationId }, values.phones);
  await replaceSchedules(tx, { locationId }, values.schedules);
}
