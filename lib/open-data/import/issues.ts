import type { z } from "zod";

/** Problems with one record, by field: translation keys (Records.validation or OpenData.import). */
export type Issues = Record<string, string[]>;

export function addIssue(issues: Issues, field: string, key: string) {
  (issues[field] ??= []).push(key);
}

/**
 * Validates with the directory's own schema (the back-office's rules). An invalid optional value
 * (a phone, an e-mail, a web address…) is dropped with a warning, so the rest of the record still
 * imports; an invalid required value (the French name…) refuses the record.
 */
export function validateLenient<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  optional: readonly string[],
  prefix: string,
): { values: z.output<S> | null; errors: Issues; warnings: Issues } {
  const warnings: Issues = {};
  const current = { ...input };
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = schema.safeParse(current);
    if (result.success) return { values: result.data, errors: {}, warnings };
    const errors: Issues = {};
    let dropped = false;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const path = `${prefix}${issue.path.join(".")}`;
      if (optional.includes(field)) {
        addIssue(warnings, path, issue.message);
        current[field] = Array.isArray(current[field]) ? [] : null;
        dropped = true;
      } else addIssue(errors, path, issue.message);
    }
    if (!dropped || Object.keys(errors).length) return { values: null, errors, warnings };
  }
  return { values: null, errors: { [prefix || "record"]: ["invalid"] }, warnings };
}
