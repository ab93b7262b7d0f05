import "server-only";
import { collectionHandler, itemHandler } from "./hsds-http";
import { getOrganization, listOrganizations, streamOrganizations } from "./read-organizations";
import {
  getServiceAtLocation,
  listServiceAtLocations,
  resolvePostcode,
  streamServiceAtLocations,
} from "./read-service-at-locations";
import { getService, listServices, streamServices } from "./read-services";
import {
  getTaxonomy,
  getTaxonomyTerm,
  listTaxonomies,
  listTaxonomyTerms,
  streamTaxonomyTerms,
} from "./read-taxonomies";

// The handlers behind app/api/hsds/…: each route file only re-exports one of these.

export const services = collectionHandler(async (params) =>
  params.format === "ndjson" ? { stream: streamServices(params) } : { body: await listServices(params) },
);
export const service = itemHandler((id, params) => getService(id, params.locale));

export const organizations = collectionHandler(async (params) =>
  params.format === "ndjson" ? { stream: streamOrganizations(params) } : { body: await listOrganizations(params) },
);
export const organization = itemHandler((id, params) => getOrganization(id, params));

export const serviceAtLocations = collectionHandler(async (params) => {
  const point = await resolvePostcode(params);
  if (point === "unknown") return { fields: { postcode: ["fields.postcodeNotFound"] } };
  return params.format === "ndjson"
    ? { stream: streamServiceAtLocations(params, point) }
    : { body: await listServiceAtLocations(params, point) };
});
export const serviceAtLocation = itemHandler((id, params) => getServiceAtLocation(id, params));

export const taxonomies = collectionHandler(async (params) => ({ body: await listTaxonomies(params) }));
export const taxonomy = itemHandler((id, params) => getTaxonomy(id, params.locale));

export const taxonomyTerms = collectionHandler(async (params) =>
  params.format === "ndjson" ? { stream: streamTaxonomyTerms(params) } : { body: await listTaxonomyTerms(params) },
);
export const taxonomyTerm = itemHandler((id, params) => getTaxonomyTerm(id, params.locale));
