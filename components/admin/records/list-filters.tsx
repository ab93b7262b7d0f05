import { getTranslations } from "next-intl/server";
import type { StaffListFilters } from "@/lib/directory/staff-list-filters";

const control = "mt-1 block w-full rounded-md border border-slate-500 px-3 py-2";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked or shared. */
export async function ListFilters({
  action,
  filters,
  categories,
}: {
  action: string;
  filters: StaffListFilters;
  categories: { code: string; name: string; depth: number }[];
}) {
  const t = await getTranslations("Records");
  return (
    <form
      role="search"
      action={action}
      method="get"
      aria-label={t("list.filtersLabel")}
      className="grid gap-3 rounded-lg border border-slate-200 p-4 md:grid-cols-4"
    >
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="block font-medium">
          {t("list.search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className={control} />
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-medium">
          {t("list.status")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">{t("list.anyStatus")}</option>
          {(["active", "temporarily_closed", "inactive", "defunct", "archived"] as const).map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
          <option value="all">{t("list.allStatuses")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-region" className="block font-medium">
          {t("list.region")}
        </label>
        <select id="filter-region" name="region" defaultValue={filters.region ?? ""} className={control}>
          <option value="">{t("list.anyRegion")}</option>
          <option value="03">{t("list.region03")}</option>
          <option value="12">{t("list.region12")}</option>
        </select>
      </div>
      <div className="md:col-span-2">
        <label htmlFor="filter-category" className="block font-medium">
          {t("list.category")}
        </label>
        <select id="filter-category" name="category" defaultValue={filters.category ?? ""} className={control}>
          <option value="">{t("list.anyCategory")}</option>
          {categories.map((category) => (
            <option key={category.code} value={category.code}>
              {`${"\u00a0\u00a0".repeat(category.depth)}${category.name}`}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col justify-end gap-1">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="review"
            value="due"
            defaultChecked={filters.review === "due"}
            className="h-4 w-4"
          />
          {t("list.reviewDue")}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="missingEnglish"
            value="1"
            defaultChecked={filters.missingEnglish === "1"}
            className="h-4 w-4"
          />
          {t("list.missingEnglish")}
        </label>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("list.searchButton")}
        </button>
        <a href={action} className="py-2 text-brand-800 underline">
          {t("list.reset")}
        </a>
      </div>
    </form>
  );
}

/** Previous/next links that keep the filters. */
export async function Pagination({
  action,
  filters,
  page,
  pages,
}: {
  action: string;
  filters: StaffListFilters;
  page: number;
  pages: number;
}) {
  const t = await getTranslations("Records.list");
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page: target })) {
      if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
    }
    const query = params.toString();
    return query ? `${action}?${query}` : action;
  };
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(page - 1)} className="text-brand-800 underline">
          {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} className="text-brand-800 underline">
          {t("next")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

export async function StatusBadge({ status, archived }: { status: string; archived: boolean }) {
  const t = await getTranslations("Records.status");
  const key = archived ? "archived" : status;
  const look = archived
    ? "bg-slate-200 text-slate-900"
    : status === "active"
      ? "bg-green-100 text-green-900"
      : status === "temporarily_closed"
        ? "bg-amber-100 text-amber-900"
        : "bg-red-100 text-red-900";
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${look}`}>{t(key as never)}</span>;
}
