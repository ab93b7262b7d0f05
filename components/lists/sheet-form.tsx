import { getTranslations } from "next-intl/server";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { listQuery } from "@/lib/lists/list-slugs";
import { SheetOptions } from "./sheet-options";

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
        <SheetOptions locale={locale} />
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
