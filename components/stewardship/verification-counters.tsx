import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { getVerificationCounters } from "@/lib/stewardship/get-verification-counters";

type Counters = Awaited<ReturnType<typeof getVerificationCounters>>;

/** The dashboard's verification counters: share verified within 12 months, overdue, by region. */
export async function VerificationCounters({ counters, locale }: { counters: Counters; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Stewardship.counters"), getFormatter()]);
  const share = (value: number | null) =>
    value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const regionName = (code: string | null) => {
    if (code === null) return t("noRegion");
    const region = counters.regionNames.find((r) => r.code === code);
    return region ? (locale === "en" ? region.nameEn : region.nameFr) : code;
  };
  return (
    <section aria-labelledby="verification-title" className="space-y-3">
      <h2 id="verification-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="font-semibold">{t("verifiedShare")}</dt>
          <dd className="text-2xl tabular-nums">{share(counters.all.verifiedShare)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="font-semibold">{t("overdue")}</dt>
          <dd className="text-2xl tabular-nums">{format.number(counters.all.overdue)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="font-semibold">{t("neverVerified")}</dt>
          <dd className="text-2xl tabular-nums">{format.number(counters.all.neverVerified)}</dd>
        </div>
      </dl>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-semibold">{t("byRegion")}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("region")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("records")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("verifiedShare")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("overdue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {counters.byRegion.map((row) => (
            <tr key={row.region ?? "none"} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {regionName(row.region)}
              </th>
              <td className="p-2 text-right tabular-nums">{format.number(row.total)}</td>
              <td className="p-2 text-right tabular-nums">{share(row.verifiedShare)}</td>
              <td className="p-2 text-right tabular-nums">{format.number(row.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
