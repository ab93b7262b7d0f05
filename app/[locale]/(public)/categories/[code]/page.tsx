import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import { Pagination } from "@/components/search/pagination";
import { ResultCard } from "@/components/search/result-card";
import { getCategory } from "@/lib/directory/get-category";
import { localeAlternates } from "@/lib/i18n/alternates";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { DEFAULT_PER_PAGE } from "@/lib/search/parse-search-params";
import { search } from "@/lib/search/search";

const loadCategory = cache(getCategory);

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  const category = await loadCategory(code, locale);
  if (!category) return {};
  const t = await getTranslations({ locale, namespace: "Category" });
  return {
    title: category.name.text,
    description: category.description?.text ?? t("metaDescription", { name: category.name.text }),
    alternates: localeAlternates({ pathname: "/categories/[code]", params: { code: category.slug } }, locale),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const category = await loadCategory(code, locale);
  if (!category) notFound();
  const t = await getTranslations("Category");
  const href = await getHref();
  // Out-of-range pages fall back to the first: this listing has no form to report errors in.
  const requested = Number((await searchParams).page);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const result = await search({ q: "", locale, categories: [category.code], page, perPage: DEFAULT_PER_PAGE });

  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          <li>
            <a href={href("/")}>{t("home")}</a>
          </li>
          {category.parent && (
            <li>
              <span aria-hidden="true">› </span>
              <a href={href({ pathname: "/categories/[code]", params: { code: category.parent.slug } })}>
                <Localized value={category.parent.name} />
              </a>
            </li>
          )}
          <li aria-current="page">
            <span aria-hidden="true">› </span>
            <Localized value={category.name} />
          </li>
        </ol>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          <Localized value={category.name} />
        </h1>
        <Localized value={category.description} as="p" className="max-w-3xl text-lg text-slate-700" />
      </header>

      {category.children.length > 0 && (
        <section aria-labelledby="subcategories-title" className="space-y-3">
          <h2 id="subcategories-title" className="text-xl font-bold">
            {t("subcategories")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {category.children.map((child) => (
              <li key={child.code}>
                <a
                  href={href({ pathname: "/categories/[code]", params: { code: child.slug } })}
                  className="block rounded-lg border border-slate-200 p-3 no-underline hover:border-brand-600 hover:bg-brand-50"
                >
                  <Localized value={child.name} className="block font-semibold" />
                  <span className="text-sm text-slate-700">{t("serviceCount", { count: child.serviceCount })}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="services-title" className="space-y-4">
        <h2 id="services-title" className="text-xl font-bold">
          {t("services")} <span className="font-normal">({t("serviceCount", { count: result.total })})</span>
        </h2>
        <p>
          <a href={href({ pathname: "/search", query: { category: category.code } })}>{t("searchInCategory")}</a>
        </p>
        {result.total === 0 ? (
          <p>{t("noServices")}</p>
        ) : (
          <ol className="space-y-4">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <ResultCard hit={hit} />
              </li>
            ))}
          </ol>
        )}
        <Pagination
          page={result.page}
          perPage={result.perPage}
          total={result.total}
          hrefFor={(p) => ({
            pathname: "/categories/[code]",
            params: { code: category.slug },
            query: p > 1 ? { page: String(p) } : {},
          })}
        />
      </section>
    </div>
  );
}
