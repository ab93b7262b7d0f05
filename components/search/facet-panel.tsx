import { getTranslations } from "next-intl/server";
import type { FacetValue, SearchFacets } from "@/lib/search/types";
import { FieldError } from "./field-error";
import { firstOf, valuesOf, type RawSearchParams } from "./search-url";

const CATEGORIES_SHOWN = 12;

/**
 * Filters with their counts for the current search, as fields of the search form. In a
 * <details> that is collapsed on small screens and always open on large ones (CSS only).
 */
export async function FacetPanel({
  params,
  facets,
  errors,
}: {
  params: RawSearchParams;
  facets: SearchFacets | null;
  errors: Record<string, string[]>;
}) {
  const t = await getTranslations("Search");
  const selectedCategories = valuesOf(params, "category");
  const categories = withSelected(facets?.category ?? [], selectedCategories);
  const first = categories.filter((c, i) => i < CATEGORIES_SHOWN || selectedCategories.includes(c.value));
  const rest = categories.filter((c) => !first.includes(c));
  const region = firstOf(params, "region");
  const municipality = firstOf(params, "municipality");
  const language = firstOf(params, "language");
  const wheelchair = facets?.accessibility.find((a) => a.value === "wheelchair");
  const fieldset = "space-y-1 border-t border-slate-200 pt-3";
  const legend = "mb-1 font-semibold";

  return (
    <details
      className="group rounded-lg border border-slate-200 p-4 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block"
      data-facets
      // Collapsed on small screens, except when one of its fields needs correcting.
      open={["region", "municipality", "language", "age", "category"].some((key) => errors[key]) || undefined}
    >
      <summary className="cursor-pointer text-lg font-bold lg:pointer-events-none lg:list-none">
        {t("filtersTitle")}
      </summary>
      <div className="mt-3 space-y-4">
        <fieldset className={fieldset}>
          <legend className={legend}>{t("facets.category")}</legend>
          <CheckboxList name="category" values={first} selected={selectedCategories} />
          {rest.length > 0 && (
            <details>
              <summary className="cursor-pointer text-brand-700">
                {t("facets.showMore", { count: categories.length })}
              </summary>
              <CheckboxList name="category" values={rest} selected={selectedCategories} />
            </details>
          )}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("facets.region")}</legend>
          <Radio name="region" value="" checked={region === ""} label={t("facets.anyRegion")} />
          {withSelected(facets?.region ?? [], region ? [region] : []).map((r) => (
            <Radio
              key={r.value}
              name="region"
              value={r.value}
              checked={region === r.value}
              label={`${r.label} (${r.count})`}
            />
          ))}
          <FieldError id="region-error" messages={errors.region} />
        </fieldset>

        <div className={fieldset}>
          <label htmlFor="facet-municipality" className={`block ${legend}`}>
            {t("facets.municipality")}
          </label>
          <Select
            id="facet-municipality"
            name="municipality"
            value={municipality}
            anyLabel={t("facets.anyMunicipality")}
            values={withSelected(facets?.municipality ?? [], municipality ? [municipality] : [])}
            error={errors.municipality}
          />
        </div>

        <div className={fieldset}>
          <label htmlFor="facet-language" className={`block ${legend}`}>
            {t("facets.language")}
          </label>
          <Select
            id="facet-language"
            name="language"
            value={language}
            anyLabel={t("facets.anyLanguage")}
            values={withSelected(facets?.language ?? [], language ? [language] : [])}
            error={errors.language}
          />
        </div>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("facets.accessibility")}</legend>
          <Checkbox
            name="accessible"
            value="1"
            checked={isOn(firstOf(params, "accessible"))}
            label={wheelchair ? `${t("filterAccessible")} (${wheelchair.count})` : t("filterAccessible")}
          />
          <Checkbox name="free" value="1" checked={isOn(firstOf(params, "free"))} label={t("filterFree")} />
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("facets.other")}</legend>
          <Checkbox name="open_now" value="1" checked={isOn(firstOf(params, "open_now"))} label={t("facets.openNow")} />
          <label htmlFor="facet-age" className="mt-2 block">
            {t("facets.age")}
          </label>
          <input
            id="facet-age"
            name="age"
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            defaultValue={firstOf(params, "age")}
            aria-invalid={errors.age ? true : undefined}
            aria-describedby={errors.age ? "age-error" : undefined}
            className="w-24 rounded-md border border-slate-500 px-2 py-1"
          />
          <FieldError id="age-error" messages={errors.age} />
        </fieldset>

        <button
          type="submit"
          className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("applyFilters")}
        </button>
      </div>
    </details>
  );
}

const isOn = (value: string) => ["1", "true", "on"].includes(value);

/** Selected values stay visible (and checked) even when the current search counts none. */
function withSelected(values: FacetValue[], selected: string[]): FacetValue[] {
  const missing = selected
    .filter((value) => !values.some((v) => v.value === value))
    .map((value) => ({ value, label: value, count: 0 }));
  return [...values, ...missing];
}

function CheckboxList({ name, values, selected }: { name: string; values: FacetValue[]; selected: string[] }) {
  return (
    <ul className="space-y-1">
      {values.map((v) => (
        <li key={v.value}>
          <Checkbox
            name={name}
            value={v.value}
            checked={selected.includes(v.value)}
            label={`${v.label} (${v.count})`}
          />
        </li>
      ))}
    </ul>
  );
}

function Checkbox({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  const id = `facet-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1 size-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Radio({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  const id = `facet-${name}-${value || "any"}`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} className="mt-1 size-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Select({
  id,
  name,
  value,
  anyLabel,
  values,
  error,
}: {
  id: string;
  name: string;
  value: string;
  anyLabel: string;
  values: FacetValue[];
  error?: string[];
}) {
  return (
    <>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-md border border-slate-500 bg-white px-2 py-1"
      >
        <option value="">{anyLabel}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label} ({v.count})
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messages={error} />
    </>
  );
}
