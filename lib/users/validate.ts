import type { z } from "zod";
import { Invalid, type FieldErrors } from "@/lib/errors";

/** Parses or throws Invalid with every field's message keys at once. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new Invalid(fieldErrors);
}
