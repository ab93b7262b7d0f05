import { openApi } from "@/lib/open-data/api-info";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds/openapi.json — the official HSDS 3.0 OpenAPI document with our additions. */
export const GET = openApi;
export const OPTIONS = preflightResponse;
