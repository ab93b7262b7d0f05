import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import { mainPhone, phoneHref } from "@/lib/directory/phone-links";
import { formatPhone } from "@/lib/format/phone";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchHit } from "@/lib/search/types";
import { SaveToList } from "@/components/lists/save-to-list";

/** One result: enough to decide and to call at once, without opening the record. */
export async function ResultCard({ hit, headingLevel = 3 }: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("Search");
  const locale = (await getLocale()) as Locale;
  const pageHref = await getHref();
  const phone = mainPhone(hit.phones);
  const href = phone && phoneHref(phone.number, phone.extension, phone.type);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const distance =
    hit.distanceKm !== null
      ? new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: 1 }).format(hit.distanceKm)
      : null;
  return (
    <article className="space-y-1 rounded-lg border border-slate-200 p-4" aria-labelledby={`hit-${hit.id}`}>
      <Heading id={`hit-${hit.id}`} className="text-lg font-semibold">
        <a href={pageHref({ pathname: "/services/[slug]", params: { slug: hit.slug } })}>
          <Localized value={hit.name} />
        </a>
      </Heading>
      <p className="text-slate-700">
        <span className="sr-only">{t("providedBy")} </span>
        <Localized value={hit.organization.name} />
      </p>
      {hit.status === "temporarily_closed" && (
        <p className="font-semibold text-amber-900">
          <span className="rounded bg-amber-100 px-1.5 py-0.5">{t("temporarilyClosed")}</span>
        </p>
      )}
      <Localized value={hit.alert} as="p" className="text-amber-900" />
      <Localized value={hit.summary} as="p" />
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
        {hit.address && <span>{hit.address.municipality}</span>}
        {distance && <span>{t("distance", { km: distance })}</span>}
        {hit.status === "active" && hit.openNow !== null && (
          <span className={hit.openNow ? "font-semibold text-green-800" : ""}>
            {hit.openNow ? t("openNow") : t("closedNow")}
          </span>
        )}
      </p>
      {phone && (
        <p>
          <span className="sr-only">{t("phone")} </span>
          {href ? (
            <a href={href} className="font-semibold whitespace-nowrap">
              {formatPhone(phone.number, phone.extension, locale)}
            </a>
          ) : (
            formatPhone(phone.number, phone.extension, locale)
          )}
        </p>
      )}
      <SaveToList slug={hit.slug} />
    </article>
  );
}
