import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { formatAuditValue } from "@/lib/audit/diff";
import { listOrganizationHistory } from "@/lib/audit/list-record-history";
import { NotFound } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Message keys cannot contain dots: "service.update" → "service_update".
const actionKey = (action: string) => action.replaceAll(".", "_");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Records.edit" });
  return { title: t("history") };
}

export default async function OrganizationHistoryPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("audit:read", locale);
  if (!UUID.test(id)) notFound();
  const pageParam = Number((await searchParams).page ?? 1);
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  let history;
  try {
    history = await listOrganizationHistory(actor, id, page);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const t = await getTranslations("History");
  const tRecords = await getTranslations("Records");
  const format = await getFormatter();
  const fieldLabel = (field: string) =>
    tRecords.has(`fields.${field}` as never) ? tRecords(`fields.${field}` as never) : field;
  const value = (field: string, raw: unknown) =>
    field === "status" && typeof raw === "string" && tRecords.has(`status.${raw}` as never)
      ? tRecords(`status.${raw}` as never)
      : formatAuditValue(raw, locale);
  const pageLink = (target: number) => ({
    pathname: "/admin/organizations/[id]/history" as const,
    params: { id },
    query: target > 1 ? { page: String(target) } : undefined,
  });

  return (
    <div className="space-y-6">
      <p>
        <Link href={{ pathname: "/admin/organizations/[id]", params: { id } }}>
          {tRecords("edit.backToOrganization")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title", { name: history.name })}</h1>
      <p>{t("intro")}</p>
      {history.entries.length === 0 && <p>{t("empty")}</p>}
      <ol className="space-y-4">
        {history.entries.map((entry) => (
          <li key={entry.id} className="rounded-lg border border-slate-200 p-4">
            <h2 className="font-semibold">
              {t.has(`actions.${actionKey(entry.action)}` as never)
                ? t(`actions.${actionKey(entry.action)}` as never)
                : entry.action}
              {entry.entityType !== "organization" && (
                <>
                  {" — "}
                  {t(`entity.${entry.entityType}` as never)} « {entry.entityName} »
                </>
              )}
            </h2>
            <p className="text-sm text-slate-700">
              <time dateTime={entry.createdAt.toISOString()}>
                {format.dateTime(entry.createdAt, { dateStyle: "long", timeStyle: "short" })}
              </time>{" "}
              {t("by", { who: entry.actor })}
            </p>
            {entry.changes.length === 0 ? (
              <p className="mt-2 text-sm">{t("noFieldChange")}</p>
            ) : (
              <table className="mt-2 w-full table-fixed text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="w-1/5 py-1 pr-3">
                      {t("field")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("before")}
                    </th>
                    <th scope="col" className="py-1">
                      {t("after")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 align-top">
                  {entry.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row" className="py-1 pr-3 font-medium">
                        {fieldLabel(change.field)}
                      </th>
                      <td className="break-words py-1 pr-3 text-red-900">
                        <del className="no-underline">{value(change.field, change.before)}</del>
                      </td>
                      <td className="break-words py-1 text-green-900">
                        <ins className="no-underline">{value(change.field, change.after)}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
      <nav className="flex justify-between" aria-label={tRecords("list.pagination")}>
        {history.page > 1 ? <Link href={pageLink(history.page - 1)}>{t("newer")}</Link> : <span />}
        {history.page < history.pages ? <Link href={pageLink(history.page + 1)}>{t("older")}</Link> : <span />}
      </nav>
    </div>
  );
}
