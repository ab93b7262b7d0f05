import { Invalid, NotFound } from "@/lib/errors";
import { apiLocale } from "@/lib/search/api-locale";
import { errorFields, requestLogger } from "@/lib/observability/logger";
import { limitCorrection } from "@/lib/stewardship/rate-limit";
import { submitCorrection } from "@/lib/stewardship/submit-correction";
import { translateFieldErrors } from "@/lib/stewardship/translate-errors";
import { stewardshipTranslator } from "@/lib/stewardship/translator";

/** A correction is a sentence or two: anything much larger is not one. */
const MAX_BODY_BYTES = 8_192;

const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers = {}) =>
  Response.json({ error: { code, message, ...extra } }, { status, headers });

/** POST /api/corrections — "this is wrong" on a public record (contract: README, "Corrections API"). */
export async function POST(request: Request) {
  const url = new URL(request.url);
  let locale = apiLocale(url.searchParams.get("lang"), request.headers.get("accept-language"));
  let t = stewardshipTranslator(locale, "Stewardship.api");
  const limit = limitCorrection(request.headers);
  if (!limit.allowed)
    return error(429, "rate_limited", t("rateLimited"), {}, { "Retry-After": String(limit.retryAfterSeconds) });
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return error(413, "too_large", t("tooLarge"));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return error(400, "invalid_json", t("invalidJson"));
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return error(400, "invalid_json", t("invalidJson"));
  const fields = body as Record<string, unknown>;
  if (fields.locale === "fr" || fields.locale === "en") {
    locale = fields.locale;
    t = stewardshipTranslator(locale, "Stewardship.api");
  }
  try {
    const { id } = await submitCorrection(fields, { honeypot: fields.website });
    return Response.json({ id }, { status: 201 });
  } catch (caught) {
    if (caught instanceof Invalid)
      return error(400, "invalid_parameters", t("invalid"), {
        fields: translateFieldErrors(caught.fieldErrors, locale),
      });
    if (caught instanceof NotFound) return error(404, "not_found", t("notFound"));
    (await requestLogger()).error(errorFields(caught), "POST /api/corrections failed");
    return error(503, "unavailable", t("unavailable"));
  }
}
