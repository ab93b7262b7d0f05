import { getListServices } from "@/lib/lists/get-list-services";
import { absoluteListUrl } from "@/lib/lists/list-urls";
import { buildReferralSheet } from "@/lib/lists/referral-sheet";
import { renderReferralSheetPdf } from "@/lib/lists/referral-sheet-pdf";
import { parseSheetParams } from "@/lib/lists/sheet-params";
import { apiLocale } from "@/lib/search/api-locale";
import { rateLimitedResponse, unavailableResponse } from "@/lib/search/api-response";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import { errorFields, requestLogger } from "@/lib/observability/logger";

/** GET /api/lists/sheet.pdf?services=a,b&lang=fr&large=1 — the referral sheet as a PDF download. */
export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const fallback = apiLocale(null, request.headers.get("accept-language"));
  const { slugs, lang, large } = parseSheetParams(query, fallback);
  // A PDF costs more than a search: it counts against the same per-client limit.
  const limit = limitPublicRequest(request.headers);
  if (!limit.allowed) return rateLimitedResponse(lang, limit.retryAfterSeconds);
  try {
    const entries = await getListServices(slugs, lang);
    const sheet = await buildReferralSheet(entries, lang, absoluteListUrl(slugs, lang));
    const pdf = await renderReferralSheetPdf(sheet, { large });
    const name = lang === "fr" ? "fiche-references-211.pdf" : "referral-sheet-211.pdf";
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
        "Content-Language": lang,
      },
    });
  } catch (error) {
    (await requestLogger()).error(errorFields(error), "GET /api/lists/sheet.pdf failed");
    return unavailableResponse(lang);
  }
}
