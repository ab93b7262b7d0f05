/** Most services a shared list, sheet or PDF holds: bounds the work one link can ask for. */
export const MAX_LIST_ITEMS = 50;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

/**
 * The services of a list link (`?services=a,b,c`, or the parameter repeated), in order,
 * without duplicates; anything that is not a slug is dropped (public input is hostile).
 */
export function parseListSlugs(value: unknown): string[] {
  const parts = (Array.isArray(value) ? value : [value])
    .filter((part): part is string => typeof part === "string")
    .flatMap((part) => part.split(","))
    .map((part) => part.trim().toLowerCase())
    .filter((part) => SLUG.test(part));
  return [...new Set(parts)].slice(0, MAX_LIST_ITEMS);
}

export function listQuery(slugs: readonly string[]): string {
  return slugs.join(",");
}
