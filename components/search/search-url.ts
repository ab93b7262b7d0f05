// The search page's URL is its whole state: these helpers derive links from it
// (next page, "remove this filter") without losing anything else.

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type SearchLinkQuery = Record<string, string | string[]>;

// Next.js builds `searchParams` with `key in object`, so a parameter named like an inherited
// member (`?constructor=x`) arrives as [Object, "x"]: only own, non-blank strings are values.
function strings(params: RawSearchParams, key: string): string[] {
  if (!Object.hasOwn(params, key)) return [];
  const value: unknown = params[key];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** Non-empty values only, arrays kept for repeatable parameters (category). */
export function cleanQuery(params: RawSearchParams): SearchLinkQuery {
  const query: SearchLinkQuery = {};
  for (const key of Object.keys(params)) {
    const values = strings(params, key);
    if (values.length) query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

export function valuesOf(params: RawSearchParams, key: string): string[] {
  return strings(params, key);
}

export function firstOf(params: RawSearchParams, key: string): string {
  return valuesOf(params, key)[0] ?? "";
}

/** The same search on another page (page 1 is the bare URL). */
export function withPage(params: RawSearchParams, page: number): SearchLinkQuery {
  const { page: _drop, ...rest } = cleanQuery(params);
  void _drop;
  return page > 1 ? { ...rest, page: String(page) } : rest;
}

/** The same search without one filter (one value of a repeatable one), back on page 1. */
export function without(params: RawSearchParams, key: string, value?: string): SearchLinkQuery {
  const query = cleanQuery(params);
  delete query.page;
  if (key === "near") delete query.radius_km;
  const current = query[key];
  if (value !== undefined && Array.isArray(current)) {
    const kept = current.filter((v) => v !== value);
    if (kept.length) query[key] = kept.length === 1 ? kept[0] : kept;
    else delete query[key];
  } else {
    delete query[key];
  }
  return query;
}
