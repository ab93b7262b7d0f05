import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * Where to go after signing in: only a path of this site under a locale prefix, never
 * another origin ("//evil.example", "/\\evil.example", "https://…"), so the sign-in
 * page cannot be used as an open redirect.
 */
export function safeCallbackUrl(value: unknown, locale: Locale): string {
  const fallback = `/${locale}/admin`;
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\s]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://localhost");
    if (url.origin !== "http://localhost") return fallback;
    const first = url.pathname.split("/")[1];
    if (!routing.locales.includes(first as Locale)) return fallback;
    return `${url.pathname}${url.search}`;
  } catch {
    return fallback;
  }
}
