import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { QUALITY_ISSUES, type listDataQuality, type QualityRow } from "@/lib/stewardship/list-data-quality";

type Data = Awaited<ReturnType<typeof listDataQuality>>;

/** The data-quality lists: one per issue, with counts, each record linked to its edit screen. */
export async function DataQuality({ locale, data }: { locale: Locale; data: Data }) {
  const [t, format] = await Promise.all([getTranslations("Stewardship.quality"), getFormatter()]);
  const name = (row: QualityRow) => (locale === "en" ? (row.nameEn ?? row.nameFr) : row.nameFr);
  const query = (change: Record<string, string | null>) =>
    Object.fromEntries(
      Object.entries({ issue: data.issue, region: data.region, ...change }).filter(([, v]) => v),
    ) as Record<string, string>;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <nav aria-label={t("issues")}>
        <ul className="flex flex-wrap gap-3">
          {QUALITY_ISSUES.map((issue) => (
            <li key={issue}>
              <Link
                href={{ pathname: "/admin/data-quality", query: query({ issue }) }}
                aria-current={issue === data.issue ? "page" : undefined}
                className={issue === data.issue ? "font-bold" : undefined}
              >
                {t(`issue.${issue}`)} ({format.number(data.counts[issue])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t("region")}>
        <ul className="flex flex-wrap gap-3">
          {[null, "03", "12"].map((region) => (
            <li key={region ?? "all"}>
              <Link
                href={{ pathname: "/admin/data-quality", query: query({ region }) }}
                aria-current={region === data.region ? "page" : undefined}
                className={region === data.region ? "font-bold" : undefined}
              >
                {t(`regions.${region ?? "all"}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="text-xl font-bold">{t(`issue.${data.issue}`)}</h2>
      <p className="text-sm text-slate-700">{t(`help.${data.issue}`)}</p>
      {data.issue === "broken_website" && (
        <p className="text-sm text-slate-700">
          {data.lastLinkCheck
            ? t("lastCheck", { date: format.dateTime(data.lastLinkCheck, { dateStyle: "long", timeStyle: "short" }) })
            : t("neverChecked")}
        </p>
      )}
      {data.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {data.rows.map((row) => (
            <li key={`${row.kind}-${row.id}`} className="py-2">
              <span className="mr-2 text-xs uppercase text-slate-700">{t(`kind.${row.kind}`)}</span>
              <Link
                href={{
                  pathname: "/admin/organizations/[id]",
                  params: { id: row.organizationId },
                  query:
                    row.kind === "service"
                      ? { service: row.id }
                      : row.kind === "location"
                        ? { location: row.id }
                        : undefined,
                }}
              >
                {name(row)}
              </Link>
              {row.detail && <span className="block break-all text-sm text-slate-700">{row.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
