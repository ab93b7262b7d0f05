import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { MyListLink } from "@/components/lists/my-list-link";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tl = await getTranslations("Lists");
  const href = await getHref();
  const locale = (await getLocale()) as Locale;
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={href("/")} className="flex items-center gap-3 text-white no-underline" aria-label={t("home")}>
          <span aria-hidden="true" className="rounded-md bg-white px-2 py-1 text-xl font-black text-brand-700">
            211
          </span>
          <span className="leading-tight">
            <span className="block text-lg font-semibold">{(await getTranslations("Metadata"))("siteName")}</span>
            <span className="block text-xs text-brand-100">{t("tagline")}</span>
          </span>
        </a>
        <nav aria-label={t("mainNav")} className="flex items-center gap-4">
          <a href={href("/search")} className="text-white">
            {t("search")}
          </a>
          <MyListLink href={href("/list")} label={tl("myList")} withCount={tl("myListCount", { count: "{count}" })} />
          <Suspense>
            <LanguageSwitcher locale={locale} label={t("switchLanguage")} ariaLabel={t("switchLanguageLabel")} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
