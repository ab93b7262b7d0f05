import { taxonomyTerms } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/taxonomy_terms — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = taxonomyTerms;
export const OPTIONS = preflightResponse;
