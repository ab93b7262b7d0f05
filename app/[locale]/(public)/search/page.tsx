import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FacetPanel } from "@/components/search/facet-panel";
import { LiveSearchForm } from "@/components/search/live-search-form";
import { NoResults } from "@/components/search/no-results";
import { Pagination } from "@/components/search/pagination";
import { ResultCard } from "@/components/search/result-card";
import { ServicesMap } from "@/components/map/services-map";
import { SearchBar } from "@/components/search/search-bar";
import { activeFilters } from "@/components/search/active-filters";
import { firstOf, withPage, type RawSearchParams } from "@/components/search/search-url";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { resolveSearchParams } from "@/lib/search/resolve-search-params";
import { search } from "@/lib/search/search";
import type { SearchResult } from "@/lib/search/types";
import { errorFields, requestLogger } from "@/lib/observability/logger";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const q = firstOf(await searchParams, "q")
    .trim()
    .slice(0, 80);
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    title: q ? t("titleWithQuery", { q }) : t("title"),
    alternates: localeAlternates("/search", locale),
    // Result pages change all day; the records themselves are what search engines should index.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations("Search");
  const tApi = await getTranslations("SearchApi");

  const resolved = await resolveSearchParams(raw, locale);
  let result: SearchResult | null = null;
  let unavailable = false;
  if (resolved.ok) {
    try {
      result = await search(resolved.query);
    } catch (error) {
      (await requestLogger()).error(errorFields(error), "search page: search failed");
      unavailable = true;
    }
  }
  const errors = resolved.ok ? {} : resolved.fieldErrors;
  const filters = await activeFilters(raw, result, locale);
  const q = firstOf(raw, "q").trim();
  const pages = result ? Math.ceil(result.total / result.perPage) : 0;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <LiveSearchForm action={localizedPathname("/search", locale)} label={t("formLabel")} className="contents">
          <div className="lg:col-span-2 print:hidden">
            <SearchBar params={raw} errors={errors} />
          </div>
          <div className="print:hidden">
            <FacetPanel params={raw} facets={result?.facets ?? null} errors={errors} />
          </div>
        </LiveSearchForm>

        <section aria-labelledby="results-title" className="space-y-4 lg:col-start-2">
          <h2 id="results-title" className="sr-only">
            {t("resultsTitle")}
          </h2>
          {!resolved.ok && (
            <div role="alert" className="rounded-lg border-l-4 border-accent-600 bg-red-50 p-4">
              <p className="font-semibold">{t("errorsTitle")}</p>
              <ul className="list-disc pl-6">
                {Object.values(errors)
                  .flat()
                  .map((key) => (
                    <li key={key}>{tApi.has(key) ? tApi(key) : tApi("fields.invalid")}</li>
                  ))}
              </ul>
            </div>
          )}
          {unavailable && (
            <p role="alert" className="rounded-lg bg-red-50 p-4">
              {tApi("unavailable")}
            </p>
          )}
          {/* Announced to screen readers when a search updates without a page load. */}
          <p role="status" aria-live="polite" className="font-semibold">
            {result &&
              [
                q ? t("resultCountFor", { count: result.total, q }) : t("resultCount", { count: result.total }),
                result.near ? t("nearSummary", { place: result.near.label }) : null,
              ]
                .filter(Boolean)
                .join(" ")}
            {result && pages > 1 && <span className="font-normal"> · {t("pageOf", { page: result.page, pages })}</span>}
          </p>
          {result && result.hits.length > 0 && <ServicesMap slugs={result.hits.map((hit) => hit.slug)} />}
          {result && result.hits.length > 0 && (
            <ol className="space-y-4">
              {result.hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard hit={hit} />
                </li>
              ))}
            </ol>
          )}
          {result && result.total === 0 && <NoResults params={raw} filters={filters} />}
          {result && (
            <Pagination
              page={result.page}
              perPage={result.perPage}
              total={result.total}
              hrefFor={(page) => ({ pathname: "/search", query: withPage(raw, page) })}
            />
          )}
        </section>
      </div>
    </div>
  );
}
