import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { Link } from "@/lib/i18n/navigation";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { ColumnMappingForm } from "@/components/admin/open-data/column-mapping-form";
import { ImportProgress } from "@/components/admin/open-data/import-progress";
import { getImport, importProgress, mappingStep } from "@/lib/open-data/import/back-office-imports";
import { countIssues, issuesPage } from "@/lib/open-data/import/import-issues";
import type { ImportReport } from "@/lib/open-data/import/import-directory";
import { issueMessage } from "@/lib/open-data/import/report-text";
import { isRecordId } from "@/lib/open-data/hsds-params";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OpenData.admin" });
  return { title: t("reportTitle") };
}

/**
 * One import's report: counts, every refused record and warning by field (a page at a time: a
 * large file's report holds thousands), and what to do next.
 */
export default async function ImportReportPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireStaff("data:import", locale);
  const run = isRecordId(id) ? await getImport(actor, id) : null;
  if (!run) notFound();
  const [t, tImport] = await Promise.all([getTranslations("OpenData.admin"), getTranslations("OpenData.import")]);
  const counts = run.counts as ImportReport["counts"];
  const after = (await searchParams).after;
  const page = await issuesPage(run.id, after && /^\d+$/.test(after) ? BigInt(after) : null);
  const records = page.records;
  const issueCount = await countIssues(run.id);
  const tDuplicates = await getTranslations("OpenData.duplicates");
  const status = (
    <p className="text-lg font-semibold" role="status">
      {tImport(`status.${run.status}`)} — {run.fileName}
    </p>
  );
  if (run.status === "mapping") {
    const step = await mappingStep(actor, run.id);
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("reportTitle")}</h1>
        {status}
        <ColumnMappingForm importId={run.id} locale={locale} {...step} />
      </div>
    );
  }
  // Every applied import shows its bar: moving while it runs, where it ended once done.
  const progress = run.status === "dry_run" ? null : await importProgress(actor, run.id);
  const here = localizedPathname({ pathname: "/admin/open-data/imports/[id]", params: { id: run.id } }, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("reportTitle")}</h1>
      {status}
      {progress && <ImportProgress progress={progress} refreshHref={here} />}
      {run.chunked && <p>{t("chunkedNote")}</p>}
      {run.error && <p className="text-red-800">{t("failedReason", { error: run.error })}</p>}
      <dl className="grid max-w-md grid-cols-2 gap-1">
        {(["created", "updated", "unchanged", "refused"] as const).map((key) => (
          <div key={key} className="contents">
            <dt>{tImport(`counts.${key}`)}</dt>
            <dd className="font-semibold">{counts[key]}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={`/api/admin/imports/${run.id}/report?lang=${locale}`}>{t("download")}</a>
      </p>
      {run.status === "dry_run" &&
        (counts.refused === 0 ? (
          <form method="post" action={`/api/admin/imports/${run.id}/apply`}>
            <input type="hidden" name="lang" value={locale} />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("apply")}
            </button>
          </form>
        ) : (
          <p>{t("fixFirst")}</p>
        ))}
      {issueCount > 0 && <p>{t("issueCount", { count: issueCount })}</p>}
      {records.length > 0 && (
        <ol className="space-y-3">
          {records.map((record, index) => (
            <li key={index} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">
                #{record.row} {t(`entities.${record.entity}`)} « {record.name ?? record.externalId ?? "—"} » —{" "}
                {tImport(`counts.${record.outcome}`)}
              </p>
              <ul className="list-disc pl-6">
                {Object.entries(record.errors).map(([field, keys]) => (
                  <li key={`e-${field}`} className="text-red-800">
                    {field} : {keys.map((key) => issueMessage(locale, key)).join(" ")}
                  </li>
                ))}
                {Object.entries(record.warnings).map(([field, keys]) => (
                  <li key={`w-${field}`}>
                    {field} : {keys.map((key) => issueMessage(locale, key)).join(" ")}
                  </li>
                ))}
                {(record.duplicates ?? []).map((duplicate) => (
                  <li key={`d-${duplicate.id}`}>
                    {tImport("duplicate")}{" "}
                    <Link href={{ pathname: "/admin/organizations/[id]", params: { id: duplicate.id } }}>
                      {duplicate.name}
                    </Link>{" "}
                    ({duplicate.reasons.map((reason) => tDuplicates(`reasons.${reason}`)).join(", ")})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {(page.next !== null || after) && (
        <p className="flex gap-4">
          {after && <a href={here}>{t("firstIssues")}</a>}
          {page.next !== null && <a href={`${here}?after=${page.next}`}>{t("moreIssues")}</a>}
        </p>
      )}
      <p>
        <Link href="/admin/open-data">{t("back")}</Link>
      </p>
    </div>
  );
}
