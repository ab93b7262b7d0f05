import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryFilter, FilterForm, FilterSelect, RegionFilter } from "@/components/admin/records/list-filters";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ReviewQueueFilters, ReviewQueueRow } from "@/lib/stewardship/list-review-queue";
import { startOfDay } from "@/lib/stewardship/review-dates";

/** The review queue: the records lists' filter form (every view has its URL), then the records by urgency. */
export async function ReviewQueue({
  locale,
  rows,
  filters,
  reviewers,
  mrcs,
  categories,
  action,
  assign,
}: {
  locale: Locale;
  rows: ReviewQueueRow[];
  filters: ReviewQueueFilters;
  reviewers: { id: string; name: string }[];
  mrcs: { mrc: string; regionCode: string }[];
  categories: { code: string; name: string; depth: number }[];
  /** The queue's own address, where the filter form posts (GET). */
  action: string;
  assign: (formData: FormData) => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("Stewardship.review"), getFormatter()]);
  const today = startOfDay(new Date());
  const name = (row: ReviewQueueRow) => (locale === "en" ? (row.nameEn ?? row.nameFr) : row.nameFr);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm action={action} label={t("filters")}>
        <RegionFilter value={filters.region} />
        <FilterSelect
          name="mrc"
          label={t("mrc")}
          value={filters.mrc}
          options={[{ value: "", label: t("all") }, ...mrcs.map((m) => ({ value: m.mrc, label: m.mrc }))]}
        />
        <CategoryFilter value={filters.category} categories={categories} />
        <FilterSelect
          name="assignee"
          label={t("assignee")}
          value={filters.assignee}
          options={[
            { value: "", label: t("all") },
            { value: "me", label: t("me") },
            { value: "none", label: t("nobody") },
            ...reviewers.map((user) => ({ value: user.id, label: user.name })),
          ]}
        />
      </FilterForm>
      <p role="status">{t("count", { count: rows.length })}</p>
      {rows.length > 0 && (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {(["record", "due", "lastVerified", "regions", "assignee"] as const).map((column) => (
                <th key={column} scope="col" className="p-2">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const overdue = !row.nextReviewAt || row.nextReviewAt < today;
              return (
                <tr key={`${row.kind}-${row.id}`} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <span className="mr-2 text-xs uppercase text-slate-700">{t(`kind.${row.kind}`)}</span>
                    <Link
                      href={{
                        pathname: "/admin/organizations/[id]",
                        params: { id: row.organizationId },
                        query: row.kind === "service" ? { service: row.id } : undefined,
                      }}
                    >
                      {name(row)}
                    </Link>
                  </td>
                  <td className={`p-2 ${overdue ? "font-semibold text-red-800" : ""}`}>
                    {row.nextReviewAt ? date(row.nextReviewAt) : t("never")}
                    {overdue && <span className="block">{t("overdue")}</span>}
                  </td>
                  <td className="p-2">{row.lastVerifiedAt ? date(row.lastVerifiedAt) : t("never")}</td>
                  <td className="p-2">{row.regions.join(", ")}</td>
                  <td className="p-2">
                    <form action={assign} className="flex gap-2">
                      <input type="hidden" name="entity" value={row.kind} />
                      <input type="hidden" name="id" value={row.id} />
                      <label className="sr-only" htmlFor={`assign-${row.id}`}>
                        {t("assignTo", { name: name(row) })}
                      </label>
                      <select
                        id={`assign-${row.id}`}
                        name="assigneeId"
                        defaultValue={row.assigneeId ?? ""}
                        className="rounded border border-slate-500 px-1"
                      >
                        <option value="">{t("nobody")}</option>
                        {reviewers.map((user) => (
                          <option key={user.id} value={user.id}>
                            {user.name}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="rounded border border-slate-500 px-2 font-medium">
                        {t("assign")}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
