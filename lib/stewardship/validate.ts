import type { z } from "zod";
import { parseOrInvalid } from "@/lib/validation";

// Keys of "Stewardship.validation"; any other zod message (a crafted request) becomes "invalid".
const KNOWN = new Set([
  "required",
  "tooLong",
  "tooShort",
  "invalid",
  "emailInvalid",
  "unknownOption",
  "recordRequired",
]);

/** Parses or throws `Invalid` with every field's message keys at once. */
export const validateStewardship = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> =>
  parseOrInvalid(schema, input, KNOWN);
