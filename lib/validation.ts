import type { z } from "zod";
import { Invalid, type FieldErrors } from "./errors";

/**
 * Every issue keyed by its dotted field path ("phones.0.number"; "" for the whole form), as one
 * of the domain's `known` message keys; any other zod message (a type error from a crafted
 * request) is reported as "invalid" rather than leaking zod's English text.
 */
export function fieldErrorsOf(error: z.ZodError, known: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    const message = known.has(issue.message) ? issue.message : "invalid";
    const list = (errors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/** Parses or throws `Invalid` with every field's message keys at once. */
export function parseOrInvalid<S extends z.ZodType>(
  schema: S,
  input: unknown,
  known: ReadonlySet<string>,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Invalid(fieldErrorsOf(result.error, known));
  return result.data;
}
