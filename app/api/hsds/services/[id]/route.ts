import { service } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/services/[id] — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = service;
export const OPTIONS = preflightResponse;
