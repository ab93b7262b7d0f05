import { getTranslations } from "next-intl/server";
import { FieldError } from "./field-error";
import { GeolocateButton } from "./geolocate-button";
import { SearchCombobox } from "./search-combobox";
import { firstOf, type RawSearchParams } from "./search-url";

const RADII = [2, 5, 10, 25, 50, 100];

/** What and where: the text field (with suggestions), the place, the radius, the button. */
export async function SearchBar({ params, errors }: { params: RawSearchParams; errors: Record<string, string[]> }) {
  const t = await getTranslations("Search");
  const radius = firstOf(params, "radius_km");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor="search-q" className="w-full font-semibold">
          {t("qLabel")}
        </label>
        <SearchCombobox
          id="search-q"
          name="q"
          defaultValue={firstOf(params, "q")}
          placeholder={t("qPlaceholder")}
          describedBy={errors.q ? "q-error" : undefined}
          invalid={!!errors.q}
        />
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
        <FieldError id="q-error" messages={errors.q} />
      </div>
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
        <div className="min-w-56 flex-1">
          <label htmlFor="search-near" className="block font-semibold">
            {t("nearLabel")}
          </label>
          <input
            id="search-near"
            name="near"
            type="text"
            autoComplete="postal-code"
            maxLength={100}
            defaultValue={firstOf(params, "near")}
            aria-describedby={errors.near ? "near-hint near-error" : "near-hint"}
            aria-invalid={errors.near ? true : undefined}
            className="w-full rounded-md border border-slate-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="search-radius" className="block font-semibold">
            {t("radiusLabel")}
          </label>
          <select
            id="search-radius"
            name="radius_km"
            defaultValue={radius}
            aria-describedby={errors.radius_km ? "radius-error" : undefined}
            aria-invalid={errors.radius_km ? true : undefined}
            className="rounded-md border border-slate-500 bg-white px-2 py-2"
          >
            <option value="">{t("radiusAny")}</option>
            {[...new Set([...RADII.map(String), ...(radius ? [radius] : [])])].map((km) => (
              <option key={km} value={km}>
                {t("radiusKm", { km })}
              </option>
            ))}
          </select>
        </div>
        <GeolocateButton nearInputId="search-near" />
        <p id="near-hint" className="w-full text-sm text-slate-700">
          {t("nearHint")}
        </p>
        <FieldError id="near-error" messages={errors.near} />
        <FieldError id="radius-error" messages={errors.radius_km} />
      </div>
    </div>
  );
}
