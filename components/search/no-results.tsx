import { getTranslations } from "next-intl/server";
import { HelplineCallout } from "@/components/layout/helpline-callout";
import { getHref } from "@/lib/i18n/href";
import { valuesOf, without, type RawSearchParams } from "./search-url";

export type ActiveFilter = { key: string; value?: string; label: string };

/** Nothing found: offer each filter's removal, another word, and the 211 line. */
export async function NoResults({ params, filters }: { params: RawSearchParams; filters: ActiveFilter[] }) {
  const t = await getTranslations("Search");
  const href = await getHref();
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-bold">{t("noResultsTitle")}</h2>
      {filters.length > 0 && (
        <div>
          <p>{t("noResultsRemoveFilter")}</p>
          <ul className="mt-1 list-disc pl-6">
            {filters.map((filter) => (
              <li key={`${filter.key}-${filter.value ?? ""}`}>
                <a href={href({ pathname: "/search", query: without(params, filter.key, filter.value) })}>
                  {t("removeFilter", { label: filter.label })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {valuesOf(params, "q").length > 0 && <p>{t("noResultsTryAnother")}</p>}
      <p>{t("noResultsCall")}</p>
      <HelplineCallout compact />
    </div>
  );
}
