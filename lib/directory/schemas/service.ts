import { z } from "zod";
import {
  checkbox,
  idList,
  optionalEmail,
  optionalInt,
  optionalText,
  optionalUrl,
  phoneList,
  recordStatus,
  requiredText,
  version,
} from "./fields";
import { scheduleList } from "./hours";

// Cross-field checks run even when some field is already invalid: every error at once.
const ALWAYS = { when: () => true };

const documentRow = z.object({ documentFr: optionalText(300), documentEn: optionalText(300) });

/** ISO 639 codes offered as checkboxes; others may be typed ("ar, fa"). */
const languageCodes = z.preprocess(
  (value) => {
    const list = value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];
    return [
      ...new Set(
        list
          .flatMap((item) => String(item).split(/[\s,;]+/))
          .filter(Boolean)
          .map((c) => c.toLowerCase()),
      ),
    ];
  },
  z.array(z.string().regex(/^[a-z]{2,3}$/, "languageInvalid")),
);

export const serviceFields = z
  .object({
    nameFr: requiredText(200),
    nameEn: optionalText(200),
    alternateName: optionalText(200),
    descriptionFr: requiredText(5000),
    descriptionEn: optionalText(5000),
    url: optionalUrl,
    email: optionalEmail,
    status: z.preprocess((v) => v || "active", recordStatus),
    alertFr: optionalText(500),
    alertEn: optionalText(500),
    eligibilityFr: optionalText(2000),
    eligibilityEn: optionalText(2000),
    clienteleFr: optionalText(500),
    clienteleEn: optionalText(500),
    minimumAge: optionalInt(0, 120, "ageRange"),
    maximumAge: optionalInt(0, 120, "ageRange"),
    isFree: checkbox,
    feesDescriptionFr: optionalText(2000),
    feesDescriptionEn: optionalText(2000),
    applicationProcessFr: optionalText(2000),
    applicationProcessEn: optionalText(2000),
    interpretationServices: optionalText(500),
    requiredDocuments: z.preprocess(
      (value) => (Array.isArray(value) ? value.map((row) => row ?? {}) : []),
      z.array(documentRow),
    ),
    languages: languageCodes,
    // Codes typed in the "other languages" box, beside the checkboxes.
    otherLanguages: languageCodes,
    taxonomyTermIds: idList,
    locationIds: idList,
    phones: phoneList,
    schedules: scheduleList,
  })
  .superRefine((service, ctx) => {
    const { minimumAge: min, maximumAge: max } = service;
    if (typeof min === "number" && typeof max === "number" && min > max) {
      ctx.addIssue({ code: "custom", message: "ageOrder", path: ["maximumAge"] });
    }
    (service.requiredDocuments ?? []).forEach((row, index) => {
      if (!row.documentFr && row.documentEn) {
        ctx.addIssue({ code: "custom", message: "required", path: ["requiredDocuments", index, "documentFr"] });
      }
    });
  }, ALWAYS)
  .transform(({ otherLanguages, ...service }) => ({
    ...service,
    languages: [...new Set([...service.languages, ...otherLanguages])],
    requiredDocuments: service.requiredDocuments.filter(
      (row): row is { documentFr: string; documentEn: string | null } => Boolean(row.documentFr),
    ),
  }));

export const createServiceInput = serviceFields;
export const updateServiceInput = z.intersection(serviceFields, z.object({ version }));

export type ServiceValues = z.output<typeof serviceFields>;
