import { z } from "zod";
import { optionalText, requiredText, uuid, version } from "@/lib/directory/schemas/fields";

const nullableId = z.preprocess((v) => (v === "" || v === undefined ? null : v), uuid.nullable());

/** Codes are stable, hierarchical-looking identifiers ("FOOD.BANK") used by the API and facets. */
export const termCode = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : ""),
  z
    .string()
    .min(1, "required")
    .max(60, "tooLong")
    .regex(/^[A-Z0-9]+(?:[.-][A-Z0-9]+)*$/, "codeInvalid"),
);

const termNames = {
  nameFr: requiredText(200),
  nameEn: optionalText(200),
  descriptionFr: optionalText(1000),
  descriptionEn: optionalText(1000),
};

export const addTermInput = z.object({ code: termCode, parentId: nullableId, ...termNames });
export const renameTermInput = z.object({ version, ...termNames });
export const moveTermInput = z.object({ version, parentId: nullableId });
export const mergeTermsInput = z
  .object({ sourceId: uuid, targetId: uuid })
  .refine((input) => input.sourceId !== input.targetId, { message: "mergeSelf", path: ["targetId"] });
