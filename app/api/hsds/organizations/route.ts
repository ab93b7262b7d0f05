import { organizations } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/organizations — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = organizations;
export const OPTIONS = preflightResponse;
