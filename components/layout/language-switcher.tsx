"use client";

import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pathnameInLocale } from "@/lib/i18n/paths";

/**
 * Links to the same page (same record, same search) in the other language. It reads the
 * address bar, so it follows client-side URL changes (the live search form, staff pages).
 * A plain link: no next/link or next-intl navigation in the browser.
 */
export function LanguageSwitcher({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const other = locale === "fr" ? "en" : "fr";
  const query = useSearchParams().toString();
  const href = pathnameInLocale(usePathname(), locale, other) + (query ? `?${query}` : "");
  return (
    <a
      href={href}
      lang={other}
      hrefLang={other}
      aria-label={ariaLabel}
      className="rounded border border-white/60 px-3 py-1 text-sm font-medium text-white no-underline hover:bg-white/10"
    >
      {label}
    </a>
  );
}
