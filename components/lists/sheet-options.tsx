import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** A referral sheet's language (any, whatever the page's) and large print: fields of a form. */
export async function SheetOptions({ locale }: { locale: Locale }) {
  const t = await getTranslations("Lists");
  return (
    <>
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
    </>
  );
}
