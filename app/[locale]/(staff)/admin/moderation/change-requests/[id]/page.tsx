import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangeRequestReview } from "@/components/stewardship/change-request-review";
import { NotFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { getChangeRequest } from "@/lib/stewardship/get-change-request";
import { requireStewardship } from "@/lib/stewardship/require-stewardship";
import { applyChangeRequestAction } from "./actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Stewardship.changeRequest" });
  return { title: t("title") };
}

export default async function ChangeRequestPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const actor = await requireStewardship("stewardship:manage", locale);
  if (!UUID.test(id)) notFound();
  const request = await getChangeRequest(actor, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const query = await searchParams;
  return (
    <ChangeRequestReview
      locale={locale}
      request={request}
      apply={applyChangeRequestAction}
      error={typeof query.error === "string" ? query.error : null}
      applied={query.applied === "1"}
    />
  );
}
