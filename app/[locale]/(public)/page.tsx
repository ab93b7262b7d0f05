import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { listTopCategories } from "@/lib/directory/list-top-categories";
import { HelplineCallout } from "@/components/layout/helpline-callout";
import { Localized } from "@/components/localized-text";
import { getHref } from "@/lib/i18n/href";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const categories = await listTopCategories(locale);
  const href = await getHref();
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-4">
        <h1 id="home-title" className="text-3xl font-bold sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        {/* A plain GET form: works without JavaScript, lands on the search page. */}
        <form role="search" action={href("/search")} method="get" className="flex max-w-2xl flex-wrap gap-2">
          <label htmlFor="home-q" className="w-full font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
            className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-lg"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800"
          >
            {t("searchButton")}
          </button>
        </form>
      </section>

      <HelplineCallout />

      <section aria-labelledby="categories-title" className="space-y-4">
        <h2 id="categories-title" className="text-2xl font-bold">
          {t("categoriesTitle")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {categories.map((category) => (
            <li key={category.code}>
              <a
                href={href({ pathname: "/categories/[code]", params: { code: category.slug } })}
                className="block h-full rounded-lg border border-slate-200 p-4 no-underline hover:border-brand-600 hover:bg-brand-50"
              >
                <Localized value={category.name} className="block font-semibold text-brand-700" />
                <Localized value={category.description} className="mt-1 block text-sm text-slate-700" />
                <span className="mt-2 block text-sm text-slate-600">
                  {t("categoryServices", { count: category.serviceCount })}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
