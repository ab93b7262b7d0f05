import { getLocale, getTranslations } from "next-intl/server";
import { describeHelplineHours, parseHelplineHours } from "@/lib/helpline/helpline-hours";

/** The "call 211" block: the line is the service; the site is its directory. */
export async function HelplineCallout({ compact = false }: { compact?: boolean }) {
  const t = await getTranslations("Helpline");
  const hours = describeHelplineHours(parseHelplineHours(process.env.HELPLINE_HOURS), await getLocale());
  return (
    <aside
      aria-labelledby="helpline-title"
      className={`rounded-lg border border-brand-100 bg-brand-50 ${compact ? "p-4" : "p-6"} text-slate-900`}
    >
      <h2 id="helpline-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("description")}</p>
      <p className="mt-1 font-medium">{t("hours", hours)}</p>
      <p className="mt-3 flex flex-wrap items-center gap-4">
        <a
          href="tel:211"
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
        >
          {t("callLink")}
        </a>
        <span className="text-sm text-slate-700">{t("emergency")}</span>
      </p>
    </aside>
  );
}
