import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { SearchIndexStatus } from "@/components/admin/search-index-status";
import { getDashboardSummary, type StatusCounts } from "@/lib/dashboard/get-dashboard-summary";
import { Link } from "@/lib/i18n/navigation";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Localized } from "@/components/localized-text";
import { VerificationCounters } from "@/components/stewardship/verification-counters";
import { getVerificationCounters } from "@/lib/stewardship/get-verification-counters";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Admin.dashboard" });
  return { title: t("title") };
}

const STATUSES = ["active", "temporarily_closed", "inactive", "defunct", "archived"] as const;

export default async function DashboardPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("staff:read", locale);
  const [summary, verification] = await Promise.all([getDashboardSummary(actor), getVerificationCounters(actor)]);
  const t = await getTranslations("Admin.dashboard");
  const format = await getFormatter();

  const countCard = (title: string, counts: StatusCounts) => (
    <section aria-labelledby={`count-${title}`} className="rounded-lg border border-slate-200 p-4">
      <h3 id={`count-${title}`} className="font-semibold">
        {t(`counts.${title}`)}
      </h3>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        {STATUSES.map((status) => (
          <div key={status} className="contents">
            <dt>{t(`status.${status}`)}</dt>
            <dd className="text-right tabular-nums">{format.number(counts[status] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );

  const recordLink = (record: (typeof summary.recent)[number]) => (
    <Link href={{ pathname: "/admin/organizations/[id]", params: { id: record.organizationId } }}>
      <Localized value={localize(locale, record.nameFr, record.nameEn)} />
    </Link>
  );

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <section aria-labelledby="counts-title" className="space-y-3">
        <h2 id="counts-title" className="text-xl font-bold">
          {t("counts.title")}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {countCard("organizations", summary.counts.organizations)}
          {countCard("services", summary.counts.services)}
          <section aria-labelledby="count-locations" className="rounded-lg border border-slate-200 p-4">
            <h3 id="count-locations" className="font-semibold">
              {t("counts.locations")}
            </h3>
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              <dt>{t("status.active")}</dt>
              <dd className="text-right tabular-nums">{format.number(summary.counts.locations.active)}</dd>
              <dt>{t("status.archived")}</dt>
              <dd className="text-right tabular-nums">{format.number(summary.counts.locations.archived)}</dd>
            </dl>
          </section>
        </div>
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="recent-title" className="space-y-3">
          <h2 id="recent-title" className="text-xl font-bold">
            {t("recent.title")}
          </h2>
          {summary.recent.length === 0 ? (
            <p>{t("recent.empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {summary.recent.map((record) => (
                <li key={`${record.kind}-${record.id}`} className="py-2">
                  <span className="mr-2 text-xs uppercase text-slate-700">{t(`kind.${record.kind}`)}</span>
                  {recordLink(record)}
                  <span className="block text-sm text-slate-700">
                    {t("recent.by", {
                      when: format.dateTime(record.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                      who: record.updatedBy ?? t("recent.system"),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="review-title" className="space-y-3">
          <h2 id="review-title" className="text-xl font-bold">
            {t("review.title", { count: summary.dueTotal })}
          </h2>
          {summary.due.length === 0 ? (
            <p>{t("review.empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {summary.due.map((record) => (
                <li key={`${record.kind}-${record.id}`} className="py-2">
                  <span className="mr-2 text-xs uppercase text-slate-700">{t(`kind.${record.kind}`)}</span>
                  {recordLink(record)}
                  <span className="block text-sm text-slate-700">
                    {t("review.due", {
                      date: format.dateTime(record.nextReviewAt, { dateStyle: "medium", timeZone: "UTC" }),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <VerificationCounters counters={verification} locale={locale} />

      <SearchIndexStatus actor={actor} />
    </div>
  );
}
