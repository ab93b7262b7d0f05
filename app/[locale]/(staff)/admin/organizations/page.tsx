import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ListFilters, Pagination, StatusBadge } from "@/components/admin/records/list-filters";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/require-staff";
import { listOrganizationsForStaff } from "@/lib/directory/list-organizations-for-staff";
import { readFilters } from "@/lib/directory/staff-list-filters";
import { Link, getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listCategoryOptions } from "@/lib/taxonomy/list-category-options";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Records.list" });
  return { title: t("organizationsTitle") };
}

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("staff:read", locale);
  const filters = readFilters(await searchParams);
  const [list, categories] = await Promise.all([
    listOrganizationsForStaff(actor, filters),
    listCategoryOptions(locale),
  ]);
  const t = await getTranslations("Records");
  const tOpenData = await getTranslations("OpenData");
  const format = await getFormatter();
  const action = getPathname({ href: "/admin/organizations", locale });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("list.organizationsTitle")}</h1>
        {can(actor.role, "records:write") && (
          <div className="flex flex-wrap items-center gap-4">
            {can(actor.role, "data:import") && (
              <Link href="/admin/open-data" className="font-medium">
                {tOpenData("admin.link")}
              </Link>
            )}
            <Link href="/admin/duplicates" className="font-medium">
              {tOpenData("duplicates.reportLink")}
            </Link>
            <Link
              href="/admin/organizations/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
            >
              {t("list.newOrganization")}
            </Link>
          </div>
        )}
      </div>
      <ListFilters action={action} filters={filters} categories={categories} />
      <p role="status">{t("list.results", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("list.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.services")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.nextReview")}
                </th>
                <th scope="col" className="py-2">
                  {t("list.updated")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link
                      href={{ pathname: "/admin/organizations/[id]", params: { id: row.id } }}
                      className="font-semibold"
                    >
                      {row.name_fr}
                    </Link>
                    {row.missing_english && (
                      <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                        {t("form.translationMissing")}
                      </span>
                    )}
                  </th>
                  <td className="py-2 pr-4">
                    <StatusBadge status={row.status} archived={row.deleted_at !== null} />
                  </td>
                  <td className="py-2 pr-4">{row.services}</td>
                  <td className="py-2 pr-4">
                    {row.next_review_at
                      ? format.dateTime(row.next_review_at, { dateStyle: "medium", timeZone: "UTC" })
                      : t("list.never")}
                  </td>
                  <td className="py-2">{format.dateTime(row.updated_at, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination action={action} filters={filters} page={list.page} pages={list.pages} />
    </div>
  );
}
