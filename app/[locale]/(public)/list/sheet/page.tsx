import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReferralSheetView } from "@/components/lists/referral-sheet-view";
import { PrintButton } from "@/components/lists/print-button";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { getListServices } from "@/lib/lists/get-list-services";
import { listQuery } from "@/lib/lists/list-slugs";
import { absoluteListUrl } from "@/lib/lists/list-urls";
import { buildReferralSheet } from "@/lib/lists/referral-sheet";
import { parseSheetParams } from "@/lib/lists/sheet-params";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Lists" });
  return { title: t("sheetTitle"), robots: { index: false } };
}

/** The referral sheet to print (the browser's print; the header, footer and buttons are not printed). */
export default async function SheetPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { slugs, lang, large } = parseSheetParams(await searchParams, locale);
  const [t, href, entries] = await Promise.all([getTranslations("Lists"), getHref(), getListServices(slugs, lang)]);
  const sheet = await buildReferralSheet(entries, lang, absoluteListUrl(slugs, lang));
  const pdfQuery = new URLSearchParams({ services: listQuery(slugs), lang, ...(large ? { large: "1" } : {}) });
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap items-center gap-4 no-print" aria-label={t("sheetOptions")}>
        <a href={href({ pathname: "/list", query: slugs.length ? { services: listQuery(slugs) } : {} })}>
          {t("backToList")}
        </a>
        <a href={`/api/lists/sheet.pdf?${pdfQuery}`} className="font-semibold">
          {t("downloadPdf")}
        </a>
        <PrintButton label={t("print")} />
      </nav>
      <ReferralSheetView sheet={sheet} large={large} qrLabel={t("qrLabel")} />
    </div>
  );
}
