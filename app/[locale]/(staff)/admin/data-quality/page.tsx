import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataQuality } from "@/components/stewardship/data-quality";
import type { Locale } from "@/lib/i18n/routing";
import { listDataQuality } from "@/lib/stewardship/list-data-quality";
import { requireStewardship } from "@/lib/stewardship/require-stewardship";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Stewardship.quality" });
  return { title: t("title") };
}

export default async function DataQualityPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStewardship("stewardship:manage", locale);
  const query = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const data = await listDataQuality(actor, { issue: one(query.issue), region: one(query.region) });
  return <DataQuality locale={locale} data={data} />;
}
