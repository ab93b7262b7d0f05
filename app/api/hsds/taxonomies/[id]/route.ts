import { taxonomy } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/taxonomies/[id] — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = taxonomy;
export const OPTIONS = preflightResponse;
