import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatsTableView } from "@/components/stats/stats-table-view";
import { loadStatsTables } from "@/lib/calls/load-stats-tables";
import { requireCalls } from "@/lib/calls/require-calls";
import { listMrcs } from "@/lib/calls/list-mrcs";
import { defaultPeriod } from "@/lib/calls/stats-period";
import { Invalid } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Stats" });
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function StatisticsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireCalls("calls:stats", locale);
  const query = await searchParams;
  const fallback = defaultPeriod();
  const period = {
    from: one(query.from) ?? fallback.from,
    to: one(query.to) ?? fallback.to,
    region: one(query.region) ?? "",
    mrc: one(query.mrc) ?? "",
  };
  const mrcs = await listMrcs();
  const t = await getTranslations("Stats");
  let loaded: Awaited<ReturnType<typeof loadStatsTables>> | null = null;
  try {
    loaded = await loadStatsTables(actor, period, locale);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
  }
  const csvHref = (table: string) => `/api/stats/calls.csv?${new URLSearchParams({ table, ...period, lang: locale })}`;
  const field = "mt-1 block rounded-md border border-slate-500 px-2 py-1";
  const totalCalls = loaded?.tables.find((table) => table.id === "perPeriod")?.total?.[0];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="font-semibold">
          {t("from")}
          <input type="date" name="from" defaultValue={period.from} className={field} />
        </label>
        <label className="font-semibold">
          {t("to")}
          <input type="date" name="to" defaultValue={period.to} className={field} />
        </label>
        <label className="font-semibold">
          {t("region")}
          <select name="region" defaultValue={period.region} className={field}>
            <option value="">{t("allRegions")}</option>
            <option value="03">Capitale-Nationale (03)</option>
            <option value="12">Chaudière-Appalaches (12)</option>
          </select>
        </label>
        <label className="font-semibold">
          {t("mrc")}
          <select name="mrc" defaultValue={period.mrc} className={field}>
            <option value="">{t("allMrcs")}</option>
            {mrcs.map((row) => (
              <option key={row.mrc} value={row.mrc}>
                {row.mrc} ({row.regionCode})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("show")}
        </button>
      </form>
      {!loaded ? (
        <p role="alert">{t("invalidPeriod")}</p>
      ) : totalCalls === 0 || loaded.tables[0].rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-800">{t("legend")}</p>
          {loaded.tables.map((table) => {
            const title = t(`tables.${table.id}`);
            return (
              <StatsTableView
                key={table.id}
                table={table}
                title={title}
                csvHref={csvHref(table.id)}
                labels={{
                  lessThanFive: t("lessThanFive"),
                  withheld: t("withheld"),
                  total: t("columns.total"),
                  csv: t("csv"),
                  tableOf: t("tableOf", { title }),
                  chartOf: t("chartOf", { title }),
                }}
              />
            );
          })}
        </>
      )}
    </div>
  );
}
