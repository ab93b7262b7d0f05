import "server-only";
import { apiLocale } from "@/lib/search/api-locale";
import { jsonResponse } from "./hsds-http";
import { openApiDocument } from "./openapi-document";

const publicBase = () => (process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");
const localeOf = (request: Request) =>
  apiLocale(new URL(request.url).searchParams.get("lang"), request.headers.get("accept-language"));

export function apiInfo(request: Request) {
  return jsonResponse(
    request,
    {
      version: "3.0",
      profile: "https://docs.openreferral.org/en/latest/hsds/overview.html",
      openapi_url: `${publicBase()}/api/hsds/openapi.json`,
    },
    localeOf(request),
  );
}

export function openApi(request: Request) {
  return jsonResponse(request, openApiDocument(publicBase()), localeOf(request));
}
