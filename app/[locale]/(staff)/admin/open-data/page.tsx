import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { recentImports, UPLOAD_FORMATS } from "@/lib/open-data/import/back-office-imports";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OpenData.admin" });
  return { title: t("title") };
}

/** Admins: download the directory, import a file (dry run first, then apply). */
export default async function OpenDataPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("data:import", locale);
  const [t, format, imports, query] = await Promise.all([
    getTranslations("OpenData.admin"),
    getFormatter(),
    recentImports(actor),
    searchParams,
  ]);
  // Downloads from route handlers, not pages: plain links.
  const api = (path: string) => `/api/${path}`;
  const button = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section className="space-y-3" aria-labelledby="export-title">
        <h2 id="export-title" className="text-xl font-bold">
          {t("exportTitle")}
        </h2>
        <p>{t("exportIntro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={api("admin/export?format=hsds-json")}>{t("exportHsds")}</a>
          </li>
          <li>
            <a href={api("admin/export?format=csv&delimiter=%3B")}>{t("exportCsvFrench")}</a>
          </li>
          <li>
            <a href={api("admin/export?format=csv")}>{t("exportCsv")}</a>
          </li>
          <li>
            <a href={api("hsds/openapi.json")}>{t("api")}</a>
          </li>
        </ul>
      </section>
      <section className="space-y-3" aria-labelledby="import-title">
        <h2 id="import-title" className="text-xl font-bold">
          {t("importTitle")}
        </h2>
        <p>{t("importIntro")}</p>
        {query.error === "upload" && (
          <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
            {t("uploadError")}
          </p>
        )}
        <form method="post" action={api("admin/imports")} encType="multipart/form-data" className="space-y-4">
          <input type="hidden" name="lang" value={locale} />
          <div className="space-y-1">
            <label htmlFor="import-file" className="block font-semibold">
              {t("file")}
            </label>
            <input id="import-file" name="file" type="file" required accept=".json,.ndjson,.csv,.xlsx" />
          </div>
          <div className="space-y-1">
            <label htmlFor="import-format" className="block font-semibold">
              {t("format")}
            </label>
            <select id="import-format" name="format" className="rounded-md border border-slate-500 px-2 py-1">
              {UPLOAD_FORMATS.map((value) => (
                <option key={value} value={value}>
                  {t(`formats.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={button}>
            {t("dryRun")}
          </button>
        </form>
      </section>
      <section className="space-y-3" aria-labelledby="recent-title">
        <h2 id="recent-title" className="text-xl font-bold">
          {t("recentTitle")}
        </h2>
        {imports.length === 0 ? (
          <p>{t("recentEmpty")}</p>
        ) : (
          <ul className="space-y-1">
            {imports.map((run) => (
              <li key={run.id}>
                <Link href={{ pathname: "/admin/open-data/imports/[id]", params: { id: run.id } }}>
                  {format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" })} — {run.fileName}
                </Link>{" "}
                ({t(`status.${run.status}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
