import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/routing";
import { getCallStats } from "./get-call-stats";
import { buildCsvTable, buildStatsTables, type Translate } from "./stats-tables";

export type StatsParams = { from: string; to: string; region?: string; mrc?: string };

async function translators(locale: Locale) {
  const t = (await getTranslations({ locale, namespace: "Stats" })) as unknown as Translate;
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const languageName = (code: string) => {
    const name = code === "other" ? t("notGiven") : (names.of(code) ?? code);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  return { t, languageName };
}

/** Every table of the statistics page, suppressed, in the page's language. */
export async function loadStatsTables(actor: Actor | null, params: StatsParams, locale: Locale) {
  const stats = await getCallStats(actor, params, locale);
  const { t, languageName } = await translators(locale);
  return { stats, tables: buildStatsTables(stats, t, languageName), t };
}

/** One table of the CSV API (`by=`), suppressed. */
export async function loadCsvTable(
  actor: Actor | null,
  params: StatsParams,
  by: "category" | "region" | "municipality" | "week",
  locale: Locale,
) {
  const stats = await getCallStats(actor, params, locale);
  const { t } = await translators(locale);
  return { table: buildCsvTable(stats, by, t), t };
}
