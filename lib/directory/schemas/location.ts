import { z } from "zod";
import {
  optionalNumber,
  optionalText,
  phoneList,
  postalCode,
  requiredText,
  uuid,
  version,
  yesNoUnknown,
} from "./fields";
import { scheduleList } from "./hours";

export const locationFields = z
  .object({
    nameFr: requiredText(200),
    nameEn: optionalText(200),
    descriptionFr: optionalText(2000),
    descriptionEn: optionalText(2000),
    transportationFr: optionalText(1000),
    transportationEn: optionalText(1000),
    address1: requiredText(200),
    address2: optionalText(200),
    // Picked from the municipality table, so regions and distances stay consistent.
    municipalityId: z.preprocess((v) => v ?? "", z.string().min(1, "required").pipe(uuid)),
    postalCode,
    latitude: optionalNumber(44, 63, "latitudeRange"),
    longitude: optionalNumber(-80, -57, "longitudeRange"),
    wheelchair: yesNoUnknown,
    accessibleWashroom: yesNoUnknown,
    parking: yesNoUnknown,
    elevator: yesNoUnknown,
    accessibilityFr: optionalText(1000),
    accessibilityEn: optionalText(1000),
    phones: phoneList,
    schedules: scheduleList,
  })
  .superRefine(
    (location, ctx) => {
      const hasLat = typeof location.latitude === "number";
      const hasLng = typeof location.longitude === "number";
      if (hasLat !== hasLng && location.latitude !== undefined && location.longitude !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: "coordinatesPair",
          path: [hasLat ? "longitude" : "latitude"],
        });
      }
    },
    { when: () => true },
  );

export const createLocationInput = locationFields;
export const updateLocationInput = z.intersection(locationFields, z.object({ version }));

export type LocationValues = z.output<typeof locationFields>;
