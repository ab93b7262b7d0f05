import { taxonomies } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/taxonomies — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = taxonomies;
export const OPTIONS = preflightResponse;
