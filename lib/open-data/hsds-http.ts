import "server-only";
import { createHash } from "node:crypto";
import { namespaceTranslator } from "@/lib/i18n/namespace-translator";
import { errorFields, requestLogger } from "@/lib/observability/logger";
import { apiLocale } from "@/lib/search/api-locale";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import type { SearchLocale } from "@/lib/search/types";
import { isRecordId, parseHsdsParams, type HsdsParams } from "./hsds-params";

// The edge of the HSDS API: rate limit, language, parameters, caching and errors, the same for
// every endpoint. Errors have the shape of /api/search's ({ error: { code, message, fields } }).

/** Public, read-only, cacheable by anyone: browsers of other sites may read it too. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Language",
};
const CACHE_CONTROL = "public, max-age=60";

function errorResponse(status: number, code: string, locale: SearchLocale, fields: Record<string, string[]> = {}) {
  const t = namespaceTranslator("OpenData", locale);
  const translated = Object.fromEntries(
    Object.entries(fields).map(([field, keys]) => [
      field,
      keys.map((key) => t(t.has(`api.${key}`) ? `api.${key}` : "api.fields.invalid")),
    ]),
  );
  return Response.json(
    { error: { code, message: t(`api.errors.${code}`), fields: translated } },
    { status, headers: { ...CORS, "Cache-Control": "no-store", "Content-Language": locale } },
  );
}

export function jsonResponse(request: Request, body: unknown, locale: SearchLocale) {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ...CORS,
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "Content-Language": locale,
    Vary: "Accept-Language",
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*"))
    return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** One JSON record per line, written as the records are read: the whole directory, in flat memory. */
export function ndjsonResponse(records: AsyncIterable<unknown>, locale: SearchLocale) {
  const iterator = records[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      } catch (error) {
        (await requestLogger()).error(errorFields(error), "HSDS ndjson stream failed");
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      ...CORS,
      "Cache-Control": CACHE_CONTROL,
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Language": locale,
      Vary: "Accept-Language",
    },
  });
}

/** Browsers ask before sending If-None-Match or Accept-Language from another site. */
export function preflightResponse() {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept-Language",
      "Access-Control-Max-Age": "86400",
    },
  });
}

type Answer = { body: unknown } | { stream: AsyncIterable<unknown> } | { fields: Record<string, string[]> } | null;

async function guarded(request: Request, work: (params: HsdsParams) => Promise<Answer>) {
  const query = new URL(request.url).searchParams;
  const locale = apiLocale(query.get("lang"), request.headers.get("accept-language"));
  const limit = limitPublicRequest(request.headers);
  if (!limit.allowed) {
    const response = errorResponse(429, "rate_limited", locale);
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return response;
  }
  const parsed = parseHsdsParams(query, locale);
  if (!parsed.ok) return errorResponse(400, "invalid_parameters", locale, parsed.fieldErrors);
  try {
    const answer = await work(parsed.params);
    if (answer === null) return errorResponse(404, "not_found", locale);
    if ("fields" in answer) return errorResponse(400, "invalid_parameters", locale, answer.fields);
    if ("stream" in answer) return ndjsonResponse(answer.stream, locale);
    return jsonResponse(request, answer.body, locale);
  } catch (error) {
    (await requestLogger()).error(errorFields(error), `GET ${new URL(request.url).pathname} failed`);
    return errorResponse(503, "unavailable", locale);
  }
}

/** A paginated collection; `format=ndjson` streams every matching record instead of one page. */
export function collectionHandler(list: (params: HsdsParams) => Promise<Answer>) {
  return (request: Request) => guarded(request, list);
}

/** One record by id; a malformed or unknown id, or a record not public, is a 404. */
export function itemHandler(get: (id: string, params: HsdsParams) => Promise<unknown>) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    return guarded(request, async (hsds) => {
      if (!isRecordId(id)) return null;
      const body = await get(id.toLowerCase(), hsds);
      return body ? { body } : null;
    });
  };
}
