import type { z } from "zod";
import { Invalid, type FieldErrors } from "@/lib/errors";

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
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    const message = KNOWN.has(issue.message) ? issue.message : "invalid";
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/** Parses or throws `Invalid` with all field errors at once. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Invalid(fieldErrorsOf(result.error));
  return result.data;
}
