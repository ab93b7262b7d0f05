// The fixed, versioned query mix (bench/query-mix.json) and the checks that keep it honest:
// figures are comparable only between runs of the same mix version.

export const FILTER_PARAMS = [
  "category",
  "region",
  "municipality",
  "language",
  "accessible",
  "free",
  "age",
  "open_now",
] as const;
const NEAR_PARAMS = ["near", "radius_km"] as const;
const ALLOWED_PARAMS = new Set<string>(["q", "lang", ...FILTER_PARAMS, ...NEAR_PARAMS]);

export type QueryParams = { q: string; lang: "fr" | "en" } & Partial<Record<string, string>>;
export type MixEntry = { id: number; params: QueryParams; tags: string[] };
export type QueryMix = { version: number; description?: string; queries: MixEntry[] };

/** Target shares of the issue, with the tolerance the mix must stay within. */
export const MIX_SHARES = {
  typo: { target: 0.2, min: 0.15, max: 0.25 },
  filter: { target: 0.3, min: 0.25, max: 0.35 },
  near: { target: 0.1, min: 0.05, max: 0.15 },
} as const;

export function hasFilter(params: QueryParams) {
  return FILTER_PARAMS.some((name) => params[name] !== undefined);
}

export function wordCount(q: string) {
  return q.trim() === "" ? 0 : q.trim().split(/\s+/).length;
}

export function share(mix: QueryMix, tag: string) {
  return mix.queries.filter((entry) => entry.tags.includes(tag)).length / mix.queries.length;
}

/** Every problem of the mix, as sentences; [] when valid. */
export function validateQueryMix(
  mix: QueryMix,
  known: { categories?: Set<string>; municipalities?: Set<string> } = {},
): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(mix.version) || mix.version < 1) problems.push("version must be a positive integer");
  if (!Array.isArray(mix.queries) || mix.queries.length < 100) return [...problems, "at least 100 queries are needed"];
  const ids = new Set<number>();
  for (const entry of mix.queries) {
    const where = `query ${entry.id}`;
    if (ids.has(entry.id)) problems.push(`${where}: duplicate id`);
    ids.add(entry.id);
    const { params } = entry;
    for (const name of Object.keys(params))
      if (!ALLOWED_PARAMS.has(name)) problems.push(`${where}: unknown parameter ${name}`);
    if (params.lang !== "fr" && params.lang !== "en") problems.push(`${where}: lang must be fr or en`);
    const words = wordCount(params.q ?? "");
    if (words > 3) problems.push(`${where}: more than 3 words`);
    if (words === 0 && !hasFilter(params)) problems.push(`${where}: an empty query needs a filter (browse)`);
    if (entry.tags.includes("filter") !== hasFilter(params)) problems.push(`${where}: "filter" tag disagrees`);
    if (entry.tags.includes("near") !== (params.near !== undefined)) problems.push(`${where}: "near" tag disagrees`);
    if (params.region !== undefined && !["03", "12"].includes(params.region)) problems.push(`${where}: bad region`);
    for (const flag of ["accessible", "free", "open_now"] as const)
      if (params[flag] !== undefined && params[flag] !== "1") problems.push(`${where}: ${flag} must be "1"`);
    if (params.age !== undefined && !/^\d{1,3}$/.test(params.age)) problems.push(`${where}: bad age`);
    if (params.language !== undefined && !/^[a-z]{2}$/.test(params.language)) problems.push(`${where}: bad language`);
    if (params.category && known.categories && !known.categories.has(params.category))
      problems.push(`${where}: unknown category ${params.category}`);
    if (params.municipality && known.municipalities && !known.municipalities.has(params.municipality))
      problems.push(`${where}: unknown municipality ${params.municipality}`);
  }
  for (const [tag, bounds] of Object.entries(MIX_SHARES)) {
    const actual = share(mix, tag);
    if (actual < bounds.min || actual > bounds.max)
      problems.push(`share of "${tag}" is ${Math.round(actual * 100)}%, expected ~${bounds.target * 100}%`);
  }
  for (const lang of ["fr", "en"]) {
    const count = mix.queries.filter((entry) => entry.params.lang === lang).length;
    if (count < mix.queries.length * 0.3) problems.push(`too few ${lang} queries (${count})`);
  }
  return problems;
}

/** The API path of one entry, parameters in a stable order. */
export function searchPath(params: QueryParams, extra: Record<string, string> = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...params, ...extra }))
    if (value !== undefined) query.append(name, value);
  return `/api/search?${query.toString()}`;
}
