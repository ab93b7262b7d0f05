import type { z } from "zod";
import { fieldErrorsOf as sharedFieldErrorsOf, parseOrInvalid } from "@/lib/validation";

// Keys of "Records.validation"; any other zod message (a type error from a crafted request)
// is reported as "invalid" rather than leaking zod's English text.
const KNOWN = new Set([
  "required",
  "tooLong",
  "invalid",
  "emailInvalid",
  "urlInvalid",
  "phoneInvalid",
  "extensionInvalid",
  "postalCodeInvalid",
  "ageRange",
  "ageOrder",
  "timeInvalid",
  "rangeEmpty",
  "rangeOverlap",
  "dateInvalid",
  "dateOrder",
  "closureDuplicate",
  "latitudeRange",
  "longitudeRange",
  "coordinatesPair",
  "yearRange",
  "codeInvalid",
  "codeTaken",
  "termCycle",
  "mergeSelf",
  "unknownOption",
  "languageInvalid",
]);

/** Every issue, keyed by its dotted field path ("phones.0.number"); "" for the whole form. */
export const fieldErrorsOf = (error: z.ZodError) => sharedFieldErrorsOf(error, KNOWN);

/** Parses or throws `Invalid` with all field errors at once. */
export const validate = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> =>
  parseOrInvalid(schema, input, KNOWN);
