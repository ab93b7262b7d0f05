import { services } from "@/lib/open-data/hsds-endpoints";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/services — HSDS 3.0 (contract: /api/hsds/openapi.json). */
export const GET = services;
export const OPTIONS = preflightResponse;
