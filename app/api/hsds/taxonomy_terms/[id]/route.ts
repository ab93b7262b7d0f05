import { taxonomyTerm } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/taxonomy_terms/[id] — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = taxonomyTerm;
export const OPTIONS = preflightResponse;
