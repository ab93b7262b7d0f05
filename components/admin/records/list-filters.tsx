import { getTranslations } from "next-intl/server";
import type { StaffListFilters } from "@/lib/directory/staff-list-filters";

const control = "mt-1 block w-full rounded-md border border-slate-500 px-3 py-2";

/**
 * A plain GET form: filters live in the URL, so a filtered list can be bookmarked or shared.
 * The records lists and the review queue put their own filters inside.
 */
export async function FilterForm({
  action,
  label,
  children,
}: {
  action: string;
  label?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("Records.list");
  return (
    <form
      role="search"
      action={action}
      method="get"
      aria-label={label ?? t("filtersLabel")}
      className="grid gap-3 rounded-lg border border-slate-200 p-4 md:grid-cols-4"
    >
      {children}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("searchButton")}
        </button>
        <a href={action} className="py-2 text-brand-800 underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}

/** One labelled select of a filter form; the first option ("any") has the empty value. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  className,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two regions this directory covers. */
export async function RegionFilter({ value }: { value: string | undefined }) {
  const t = await getTranslations("Records.list");
  return (
    <FilterSelect
      name="region"
      label={t("region")}
      value={value}
      options={[
        { value: "", label: t("anyRegion") },
        { value: "03", label: t("region03") },
        { value: "12", label: t("region12") },
      ]}
    />
  );
}

/** A taxonomy category, its subcategories indented (a category includes its descendants). */
export async function CategoryFilter({
  value,
  categories,
}: {
  value: string | undefined;
  categories: { code: string; name: string; depth: number }[];
}) {
  const t = await getTranslations("Records.list");
  return (
    <FilterSelect
      name="category"
      label={t("category")}
      value={value}
      className="md:col-span-2"
      options={[
        { value: "", label: t("anyCategory") },
        ...categories.map((c) => ({ value: c.code, label: `${"\u00a0\u00a0".repeat(c.depth)}${c.name}` })),
      ]}
    />
  );
}

/** The records lists' filters: text, status, region, category, review due, missing English. */
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
    <FilterForm action={action}>
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="block font-medium">
          {t("list.search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className={control} />
      </div>
      <FilterSelect
        name="status"
        label={t("list.status")}
        value={filters.status}
        options={[
          { value: "", label: t("list.anyStatus") },
          ...(["active", "temporarily_closed", "inactive", "defunct", "archived"] as const).map((status) => ({
            value: status,
            label: t(`status.${status}`),
          })),
          { value: "all", label: t("list.allStatuses") },
        ]}
      />
      <RegionFilter value={filters.region} />
      <CategoryFilter value={filters.category} categories={categories} />
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
    </FilterForm>
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
