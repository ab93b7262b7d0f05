// The search page's URL is its whole state: these helpers derive links from it
// (next page, "remove this filter") without losing anything else.

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type SearchLinkQuery = Record<string, string | string[]>;

/** Non-empty values only, arrays kept for repeatable parameters (category). */
export function cleanQuery(params: RawSearchParams): SearchLinkQuery {
  const query: SearchLinkQuery = {};
  for (const [key, value] of Object.entries(params)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => !!v && v.trim() !== "");
    if (values.length) query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

export function valuesOf(params: RawSearchParams, key: string): string[] {
  const value = params[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v.trim() !== "");
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
