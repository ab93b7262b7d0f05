import { z } from "zod";
import { MAX_PER_PAGE, type SearchLocale, type SearchQuery } from "./types";
import { VALUE_SHAPES } from "./value-shapes";

// The public search parameters (JSON API and search page alike). Out-of-range values are
// refused with a field message rather than clamped, so that an API client learns of its
// mistake; the free text is never refused, only normalised (lib/search/query-parser.ts).
// Error messages are keys of the "SearchApi" namespace (e.g. "fields.perPageRange").

export const DEFAULT_PER_PAGE = 20;
const MAX_PAGE = 1000;
const MAX_CATEGORIES = 20;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
// Strings only: Next.js can hand over [Object, "x"] for a parameter named like an inherited member.
const all = (value: string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string");

/**
 * Only the parameters the schema knows, read as own properties into a plain record: a
 * parameter named like an Object.prototype member (`constructor`, `toString`, `__proto__`)
 * is an unknown parameter like any other, ignored.
 */
function toRecord(params: RawParams): Map<string, string[]> {
  const record = new Map<string, string[]>();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [key, value] of entries) {
    if (!KNOWN.has(key)) continue;
    record.set(key, [...(record.get(key) ?? []), ...all(value)]);
  }
  return record;
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value;

const integer = (message: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^-?\d{1,12}$/, { message: "fields.integer" })
      .transform(Number)
      .pipe(z.number().int().min(min, { message }).max(max, { message }))
      .optional(),
  );

const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(["1", "0", "true", "false", "on", "off"], { message: "fields.flag" })
    .transform((v) => v === "1" || v === "true" || v === "on")
    .optional(),
);

export const searchParamsSchema = z
  .object({
    q: z.string().default(""),
    category: z
      .array(z.string().trim().regex(VALUE_SHAPES.category, { message: "fields.category" }))
      .max(MAX_CATEGORIES, { message: "fields.tooManyCategories" }),
    region: z.preprocess(blankToUndefined, z.enum(["03", "12"], { message: "fields.region" }).optional()),
    municipality: z.preprocess(
      blankToUndefined,
      z
        .string()
        .toLowerCase()
        .max(100, { message: "fields.municipality" })
        .regex(VALUE_SHAPES.municipality, { message: "fields.municipality" })
        .optional(),
    ),
    language: z.preprocess(
      blankToUndefined,
      z.string().toLowerCase().regex(VALUE_SHAPES.language, { message: "fields.language" }).optional(),
    ),
    accessible: flag,
    free: flag,
    open_now: flag,
    age: integer("fields.ageRange", 0, 120),
    near: z.preprocess(blankToUndefined, z.string().max(100, { message: "fields.nearTooLong" }).optional()),
    radius_km: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,4}(\.\d{1,3})?$/, { message: "fields.number" })
        .transform(Number)
        .pipe(z.number().min(1, { message: "fields.radiusRange" }).max(500, { message: "fields.radiusRange" }))
        .optional(),
    ),
    page: integer("fields.pageRange", 1, MAX_PAGE),
    per_page: integer("fields.perPageRange", 1, MAX_PER_PAGE),
  })
  .superRefine((value, ctx) => {
    if (value.radius_km !== undefined && value.near === undefined)
      ctx.addIssue({ code: "custom", path: ["radius_km"], message: "fields.radiusNeedsNear" });
  });

const KNOWN: ReadonlySet<string> = new Set(Object.keys(searchParamsSchema.shape));

/** Query-string name of each SearchQuery field, for error messages keyed by parameter. */
export type ParsedSearchParams =
  { ok: true; query: SearchQuery; nearText: string | null } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Validates URL parameters into a SearchQuery (without `near`, which needs the database:
 * see resolveSearchParams in lib/search/resolve-search-params.ts). Unknown parameters are ignored.
 */
export function parseSearchParams(params: RawParams, locale: SearchLocale): ParsedSearchParams {
  const record = toRecord(params);
  const input: Record<string, unknown> = {
    ...Object.fromEntries([...record].map(([key, values]) => [key, first(values)])),
    category: record.get("category") ?? [],
  };
  // Text is never rejected: control characters go now, the rest in the query parser.
  if (typeof input.q === "string") input.q = input.q.replace(/\u0000/g, "").slice(0, 1000);
  const result = searchParamsSchema.safeParse(input);
  if (!result.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "q");
      const messages = (fieldErrors[key] ??= []);
      if (!messages.includes(issue.message)) messages.push(issue.message);
    }
    return { ok: false, fieldErrors };
  }
  const v = result.data;
  return {
    ok: true,
    nearText: v.near ?? null,
    query: {
      q: v.q,
      locale,
      categories: [...new Set(v.category)],
      region: v.region,
      municipality: v.municipality,
      language: v.language,
      accessible: v.accessible || undefined,
      free: v.free || undefined,
      openNow: v.open_now || undefined,
      age: v.age,
      radiusKm: v.radius_km,
      page: v.page ?? 1,
      perPage: v.per_page ?? DEFAULT_PER_PAGE,
    },
  };
}
