import { organization } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/organizations/[id] — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = organization;
export const OPTIONS = preflightResponse;
