// Locale negotiation, localized pathnames and the per-request CSP nonce only. Authorization
// is never decided here: every page, action and route handler checks the session where data
// is read or written (a request can skip the proxy entirely).
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { localizedPathname } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { searchApiTranslator } from "@/lib/search/messages";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { limitPublicRequest } from "@/lib/security/rate-limit";
import { tooManyRequestsPage } from "@/lib/security/too-many-requests-page";

const handleI18nRouting = createMiddleware(routing);

// The search page runs a search on every load; a page cannot answer 429 itself.
const SEARCH_PAGES = new Map<string, Locale>(
  routing.locales.map((locale) => [localizedPathname("/search", locale), locale] as const),
);

function limitSearchPage(request: NextRequest): Response | null {
  const locale = SEARCH_PAGES.get(request.nextUrl.pathname);
  if (!locale) return null;
  const limit = limitPublicRequest(request.headers);
  if (limit.allowed) return null;
  const t = searchApiTranslator(locale);
  return tooManyRequestsPage({
    locale,
    title: t("rateLimitedTitle"),
    message: t("rateLimited"),
    back: { href: localizedPathname("/", locale), label: t("backToSearch") },
    retryAfterSeconds: limit.retryAfterSeconds,
  });
}

export default function proxy(request: NextRequest) {
  const limited = limitSearchPage(request);
  if (limited) return limited;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and applies it to its scripts.
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  // Lets staff pages send a signed-out visitor back here after signing in.
  requestHeaders.set("x-request-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = handleI18nRouting(new NextRequest(request.url, { headers: requestHeaders, method: request.method }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
