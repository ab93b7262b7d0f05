import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ModerationInbox } from "@/components/stewardship/moderation-inbox";
import type { Locale } from "@/lib/i18n/routing";
import { listModerationInbox } from "@/lib/stewardship/list-moderation-inbox";
import { requireStewardship } from "@/lib/stewardship/require-stewardship";
import { changeModerationStatusAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Stewardship.inbox" });
  return { title: t("title") };
}

export default async function ModerationPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStewardship("stewardship:manage", locale);
  const query = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const inbox = await listModerationInbox(actor, { status: one(query.status), source: one(query.source) });
  return <ModerationInbox locale={locale} inbox={inbox} changeStatus={changeModerationStatusAction} />;
}
