import { getTranslations } from "next-intl/server";
import { getHref, type Href } from "@/lib/i18n/href";

/** Previous / numbered / next links: plain links, so paging works without JavaScript. */
export async function Pagination({
  page,
  perPage,
  total,
  hrefFor,
}: {
  page: number;
  perPage: number;
  total: number;
  hrefFor: (page: number) => Href;
}) {
  const pages = Math.ceil(total / perPage);
  if (pages <= 1) return null;
  const t = await getTranslations("Search");
  const href = await getHref();
  // A short window around the current page, plus the first and the last.
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const linkClass = "inline-block min-w-11 rounded-md border border-slate-300 px-3 py-2 text-center no-underline";
  return (
    <nav aria-label={t("pagination")} className="print:hidden">
      <p className="sr-only">{t("pageOf", { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={href(hrefFor(page - 1))} rel="prev" className={linkClass}>
              {t("previous")}
            </a>
          </li>
        )}
        {shown.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - shown[index - 1] > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className={`${linkClass} border-brand-700 bg-brand-700 text-white`}>
                <span className="sr-only">{t("page", { page: "" })}</span>
                {p}
              </span>
            ) : (
              <a href={href(hrefFor(p))} className={linkClass} aria-label={t("page", { page: p })}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(hrefFor(page + 1))} rel="next" className={linkClass}>
              {t("next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
