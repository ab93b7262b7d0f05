import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReviewQueue } from "@/components/stewardship/review-queue";
import { listMrcs } from "@/lib/calls/list-mrcs";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listCategoryOptions } from "@/lib/taxonomy/list-category-options";
import { listReviewers, listReviewQueue } from "@/lib/stewardship/list-review-queue";
import { requireStewardship } from "@/lib/stewardship/require-stewardship";
import { assignReviewAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Stewardship.review" });
  return { title: t("title") };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStewardship("stewardship:manage", locale);
  const query = await searchParams;
  const one = (value: string | string[] | undefined) =>
    typeof value === "string" && value.trim() ? value.trim().slice(0, 100) : undefined;
  const filters = {
    region: one(query.region),
    mrc: one(query.mrc),
    category: one(query.category),
    assignee: one(query.assignee),
  };
  const [rows, reviewers, mrcs, categories] = await Promise.all([
    listReviewQueue(actor, filters),
    listReviewers(actor),
    listMrcs(),
    listCategoryOptions(locale),
  ]);
  return (
    <ReviewQueue
      locale={locale}
      rows={rows}
      filters={filters}
      reviewers={reviewers}
      mrcs={mrcs}
      categories={categories}
      action={getPathname({ href: "/admin/review", locale })}
      assign={assignReviewAction}
    />
  );
}
