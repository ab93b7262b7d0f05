import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The 429 answer to a plain form post (no JavaScript): a minimal page in the visitor's language. */
export function rateLimitedPage(options: {
  locale: Locale;
  title: string;
  message: string;
  back: string;
  headers: Record<string, string>;
}) {
  const href = getPathname({ href: "/sign-in", locale: options.locale });
  const html = `<!doctype html><html lang="${options.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(options.title)}</title></head><body><main><h1>${escape(options.title)}</h1><p role="alert">${escape(options.message)}</p><p><a href="${href}">${escape(options.back)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { ...options.headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
