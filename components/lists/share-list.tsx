import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { absoluteListUrl } from "@/lib/lists/list-urls";
import { CopyLinkButton } from "./copy-link-button";

/** The list's public link, visible and selectable (no JavaScript needed), with a copy button. */
export async function ShareList({ slugs, locale }: { slugs: readonly string[]; locale: Locale }) {
  const t = await getTranslations("Lists");
  const url = absoluteListUrl(slugs, locale);
  return (
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
        value={url}
        className="w-full rounded border border-slate-400 px-2 py-1 font-mono text-sm"
      />
      <CopyLinkButton url={url} label={t("copyLink")} done={t("linkCopied")} />
    </section>
  );
}
