import type { z } from "zod";
import { parseOrInvalid } from "@/lib/validation";

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

/** Parses or throws `Invalid` with every field's message keys at once. */
export const validateCalls = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> =>
  parseOrInvalid(schema, input, KNOWN);
