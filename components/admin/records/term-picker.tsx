"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField } from "./fields";
import { useFormContext } from "./form-context";

export type TermOption = { id: string; code: string; nameFr: string; nameEn: string | null; depth: number };

/**
 * Categories as an indented checkbox tree. With JavaScript a filter box narrows the list;
 * hidden terms stay in the form (CSS only), so filtering never unchecks anything.
 */
export function TermPicker({
  terms,
  selected,
  locale,
}: {
  terms: TermOption[];
  selected: string[];
  locale: "fr" | "en";
}) {
  const t = useTranslations("Records");
  const { readOnly, errors, idPrefix } = useFormContext();
  const [filter, setFilter] = useState("");
  const needle = filter
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const matches = (term: TermOption) =>
    !needle ||
    `${term.code} ${term.nameFr} ${term.nameEn ?? ""}`
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .includes(needle);
  const fieldErrors = errors.taxonomyTermIds ?? [];
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={fieldErrors.length ? `${idPrefix}-taxonomyTermIds-error` : undefined}
    >
      <legend className="font-semibold">{t("fields.taxonomyTermIds")}</legend>
      <p className="text-sm text-slate-700">{t("form.termsHint")}</p>
      {fieldErrors.length > 0 && (
        <p id={`${idPrefix}-taxonomyTermIds-error`} className="text-sm font-medium text-red-800">
          {fieldErrors.join(" ")}
        </p>
      )}
      {!readOnly && (
        <div>
          <label htmlFor={`${idPrefix}-term-filter`} className="block text-sm font-medium">
            {t("form.filterTerms")}
          </label>
          <input
            id={`${idPrefix}-term-filter`}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            className="mt-1 w-full max-w-sm rounded-md border border-slate-500 px-3 py-1"
          />
        </div>
      )}
      <div
        id={`${idPrefix}-taxonomyTermIds`}
        tabIndex={-1}
        className="max-h-80 overflow-y-auto rounded-md border border-slate-200 p-2"
      >
        {terms.map((term) => (
          <div
            key={term.id}
            className={matches(term) ? "" : "hidden"}
            style={{ paddingLeft: `${term.depth * 1.25}rem` }}
          >
            <CheckboxField
              name="taxonomyTermIds"
              value={term.id}
              checked={selected.includes(term.id)}
              label={`${locale === "en" && term.nameEn ? term.nameEn : term.nameFr} (${term.code})`}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
