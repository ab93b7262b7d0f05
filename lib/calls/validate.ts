import type { z } from "zod";
import { Invalid, type FieldErrors } from "@/lib/errors";

// Keys of "Calls.validation"; any other zod message (a crafted request) becomes "invalid".
const KNOWN = new Set([
  "required",
  "tooLong",
  "invalid",
  "unknownOption",
  "piiPhone",
  "piiEmail",
  "piiPostalCode",
  "piiHealthInsurance",
  "placeUnknown",
]);

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    const message = KNOWN.has(issue.message) ? issue.message : "invalid";
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/** Parses or throws `Invalid` with every field's message keys at once. */
export function validateCalls<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Invalid(fieldErrorsOf(result.error));
  return result.data;
}
