import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CopyLinkButton } from "@/components/lists/copy-link-button";
import { ListServiceCard } from "@/components/lists/list-service-card";
import { SaveToList } from "@/components/lists/save-to-list";
import { SheetForm } from "@/components/lists/sheet-form";
import { getHref } from "@/lib/i18n/href";
import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/routing";
import { getListServices } from "@/lib/lists/get-list-services";
import { MAX_LIST_ITEMS, parseListSlugs } from "@/lib/lists/list-slugs";
import { absoluteListUrl } from "@/lib/lists/list-urls";
import { sheetEntryOf } from "@/lib/lists/referral-sheet";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Lists" });
  // A list is somebody's selection: useful to them, not to a search engine's index.
  return { title: t("title"), description: t("metaDescription"), robots: { index: false } };
}

/** A shared list: anyone with the link, no account, no JavaScript needed. */
export default async function ListPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const raw = Object.hasOwn(await searchParams, "services") ? (await searchParams).services : undefined;
  const slugs = parseListSlugs(raw);
  const truncated = typeof raw === "string" && raw.split(",").length > MAX_LIST_ITEMS;
  const [entries, t, href] = await Promise.all([getListServices(slugs, locale), getTranslations("Lists"), getHref()]);
  const tAll = translator(locale);
  const shareUrl = absoluteListUrl(slugs, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("count", { count: slugs.length })}</p>
        {truncated && <p role="alert">{t("tooMany", { max: MAX_LIST_ITEMS })}</p>}
      </header>
      {entries.length === 0 && <p>{t("empty")}</p>}
      <ol className="grid gap-4 md:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.slug}>
            {entry.available ? (
              <ListServiceCard
                service={entry.service}
                entry={sheetEntryOf(entry.service, locale, tAll)}
                href={href({ pathname: "/services/[slug]", params: { slug: entry.slug } })}
                actions={<SaveToList slug={entry.slug} />}
              />
            ) : (
              <p className="rounded-lg border border-dashed border-slate-400 p-4">
                {t("noLongerAvailable", { name: entry.name?.text ?? entry.slug })}
              </p>
            )}
          </li>
        ))}
      </ol>
      {slugs.length > 0 && (
        <>
          <section aria-labelledby="share-title" className="space-y-2 no-print">
            <h2 id="share-title" className="text-xl font-bold">
              {t("shareTitle")}
            </h2>
            <p>{t("shareHelp")}</p>
            <label htmlFor="share-url" className="block font-medium">
              {t("shareLink")}
            </label>
            <input
              id="share-url"
              readOnly
              value={shareUrl}
              className="w-full rounded border border-slate-400 px-2 py-1 font-mono text-sm"
            />
            <CopyLinkButton url={shareUrl} label={t("copyLink")} done={t("linkCopied")} />
          </section>
          <SheetForm slugs={slugs} locale={locale} />
        </>
      )}
    </div>
  );
}
