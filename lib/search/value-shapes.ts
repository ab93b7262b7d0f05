// The shape of every filter value a search accepts, in one place: the URL parser refuses
// what does not match (a 400 for the API, a field message on the page), and the Meilisearch
// filter builder checks the same shapes again before quoting. One rule on both sides means a
// request that passed validation can never make an engine refuse it (which would look like
// an outage and send every search to the fallback).
export const VALUE_SHAPES = {
  /** A taxonomy code: dot-separated segments ("FOOD.BANK"). */
  category: /^[A-Za-z0-9_-]{1,40}(\.[A-Za-z0-9_-]{1,40}){0,8}$/,
  region: /^(03|12)$/,
  /** A municipality slug, lower case ("saint-georges"). */
  municipality: /^[a-z0-9]+(-[a-z0-9]+){0,12}$/,
  /** An ISO 639 code. */
  language: /^[a-z]{2,3}$/,
} as const;
