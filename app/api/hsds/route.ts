import { apiInfo } from "@/lib/open-data/api-info";
import { preflightResponse } from "@/lib/open-data/hsds-http";

/** GET /api/hsds — what this API is (HSDS version, profile, OpenAPI document). */
export const GET = apiInfo;
export const OPTIONS = preflightResponse;
