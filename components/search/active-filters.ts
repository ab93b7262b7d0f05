import "server-only";
import { getTranslations } from "next-intl/server";
import { filterLabels } from "@/lib/directory/filter-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchResult } from "@/lib/search/types";
import type { ActiveFilter } from "./no-results";
import { firstOf, valuesOf, type RawSearchParams } from "./search-url";

/** Every filter in the URL with a readable label, for "remove this filter" links. */
export async function activeFilters(
  params: RawSearchParams,
  result: SearchResult | null,
  locale: Locale,
): Promise<ActiveFilter[]> {
  const t = await getTranslations("Search");
  const categories = valuesOf(params, "category");
  const municipality = firstOf(params, "municipality");
  const labels = await filterLabels(categories, municipality || null, locale);
  const filters: ActiveFilter[] = categories.map((code) => ({
    key: "category",
    value: code,
    label: labels.categories.get(code) ?? code,
  }));
  const region = firstOf(params, "region");
  if (region)
    filters.push({ key: "region", label: result?.facets.region.find((r) => r.value === region)?.label ?? region });
  if (municipality) filters.push({ key: "municipality", label: labels.municipality ?? municipality });
  const language = firstOf(params, "language");
  if (language) {
    let name = language;
    try {
      name = new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
    } catch {
      // not a language code: show it as typed
    }
    filters.push({ key: "language", label: name });
  }
  if (firstOf(params, "accessible")) filters.push({ key: "accessible", label: t("filterAccessible") });
  if (firstOf(params, "free")) filters.push({ key: "free", label: t("filterFree") });
  if (firstOf(params, "open_now")) filters.push({ key: "open_now", label: t("facets.openNow") });
  const age = firstOf(params, "age");
  if (age) filters.push({ key: "age", label: t("filterAge", { age }) });
  const near = firstOf(params, "near");
  if (near) filters.push({ key: "near", label: t("filterNear", { place: result?.near?.label ?? near }) });
  return filters;
}
