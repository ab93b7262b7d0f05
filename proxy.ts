// Locale negotiation, localized pathnames and the per-request CSP nonce only. Authorization
// is never decided here: every page, action and route handler checks the session where data
// is read or written (a request can skip the proxy entirely).
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { guardPage } from "@/lib/security/page-guards";

const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // Over the search rate limit (429) or database unreachable (503): answered before rendering.
  const refused = await guardPage(request);
  if (refused) return refused;
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
