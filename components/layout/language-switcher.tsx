"use client";

import { useParams, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { AppPathname } from "@/lib/i18n/routing";

/** Links to the same page (same record, same search) in the other language. */
export function LanguageSwitcher() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const other = locale === "fr" ? "en" : "fr";
  const pathname = usePathname() as AppPathname;
  const params = useParams();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  const href = { pathname, params, query } as unknown as Parameters<typeof Link>[0]["href"];
  return (
    <Link
      href={href}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={t("switchLanguageLabel")}
      className="rounded border border-white/60 px-3 py-1 text-sm font-medium text-white no-underline hover:bg-white/10"
    >
      {t("switchLanguage")}
    </Link>
  );
}
