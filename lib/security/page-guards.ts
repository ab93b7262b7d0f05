import type { NextRequest } from "next/server";
import { databaseAvailable } from "@/lib/db/availability";
import { localizedPathname } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { searchApiTranslator } from "@/lib/search/messages";
import { limitPublicRequest } from "./rate-limit";
import { tooManyRequestsPage, unavailablePage } from "./status-page";

// Answers the proxy gives before a page renders, because a rendered page cannot choose its
// HTTP status: 429 for a client over the search limit, 503 while PostgreSQL is unreachable.

const SEARCH_PAGES = new Set(routing.locales.map((locale) => localizedPathname("/search", locale)));

function localeOf(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return (routing.locales as readonly string[]).includes(first) ? (first as Locale) : routing.defaultLocale;
}

export async function guardPage(request: NextRequest): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  if (SEARCH_PAGES.has(pathname)) {
    const limit = limitPublicRequest(request.headers);
    if (!limit.allowed) return refusal(pathname, "rateLimited", limit.retryAfterSeconds);
  }
  if (!(await databaseAvailable())) return refusal(pathname, "unavailable", 5);
  return null;
}

/** The refusal page, in the language of the path; built only when a request is refused. */
function refusal(pathname: string, reason: "rateLimited" | "unavailable", retryAfterSeconds: number) {
  const locale = localeOf(pathname);
  const t = searchApiTranslator(locale);
  const page = { locale, back: { href: localizedPathname("/", locale), label: t("backToSearch") }, retryAfterSeconds };
  return reason === "rateLimited"
    ? tooManyRequestsPage({ ...page, title: t("rateLimitedTitle"), message: t("rateLimited") })
    : unavailablePage({ ...page, title: t("unavailableTitle"), message: t("unavailableBody") });
}
