import { serviceAtLocations } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/service_at_locations — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = serviceAtLocations;
export const OPTIONS = preflightResponse;
