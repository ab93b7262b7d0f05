import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SPREADSHEET_FIELDS, type ColumnMapping } from "@/lib/open-data/import/read-spreadsheet";

/**
 * The spreadsheet's mapping step: for each field of a service, a list of the file's own
 * columns (its header row), the mapping used last preselected. A plain form: works without
 * JavaScript.
 */
export async function ColumnMappingForm({
  importId,
  locale,
  columns,
  preselected,
}: {
  importId: string;
  locale: Locale;
  columns: string[];
  preselected: ColumnMapping;
}) {
  const t = await getTranslations("OpenData.admin");
  return (
    <form method="post" action={`/api/admin/imports/${importId}/dry-run`} className="space-y-4">
      <input type="hidden" name="lang" value={locale} />
      <fieldset className="space-y-2 rounded-md border border-slate-300 p-3">
        <legend className="font-semibold">{t("mappingTitle")}</legend>
        <p className="text-sm">{t("mappingIntro")}</p>
        <div className="grid gap-2 md:grid-cols-2">
          {SPREADSHEET_FIELDS.map((field) => (
            <label key={field} className="flex flex-col text-sm">
              {t(`fields.${field}`)}
              <select
                name={`map.${field}`}
                defaultValue={preselected[field] ?? ""}
                className="rounded-md border border-slate-500 px-2 py-1"
              >
                <option value="">{t("mappingNone")}</option>
                {columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("mappingSubmit")}
      </button>
    </form>
  );
}
