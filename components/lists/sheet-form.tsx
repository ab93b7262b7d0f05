import { getTranslations } from "next-intl/server";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { listQuery } from "@/lib/lists/list-slugs";

/**
 * The referral sheet's options — its language (any, whatever the page's), large print — then
 * the printable page or the PDF. A plain GET form: works without JavaScript.
 */
export async function SheetForm({ slugs, locale }: { slugs: readonly string[]; locale: Locale }) {
  const t = await getTranslations("Lists");
  const href = await getHref();
  return (
    <section aria-labelledby="sheet-title" className="space-y-3 no-print">
      <h2 id="sheet-title" className="text-xl font-bold">
        {t("sheetOptions")}
      </h2>
      <form action={href("/list/sheet")} method="get" className="space-y-3">
        <input type="hidden" name="services" value={listQuery(slugs)} />
        <fieldset className="flex gap-4">
          <legend className="font-medium">{t("sheetLanguage")}</legend>
          {(["fr", "en"] as const).map((lang) => (
            <label key={lang} className="flex items-center gap-1" lang={lang}>
              <input type="radio" name="lang" value={lang} defaultChecked={lang === locale} />
              {lang === "fr" ? t("french") : t("english")}
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="large" value="1" />
          {t("largePrint")}
        </label>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="rounded bg-brand-700 px-3 py-2 font-medium text-white">
            {t("openSheet")}
          </button>
          <button
            type="submit"
            formAction="/api/lists/sheet.pdf"
            className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-700"
          >
            {t("downloadPdf")}
          </button>
        </div>
      </form>
    </section>
  );
}
