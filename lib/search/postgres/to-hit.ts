import { isOpenAt } from "@/lib/hours/is-open-at";
import type { OpeningSchedule } from "@/lib/hours/types";
import { localize } from "@/lib/i18n/localized";
import { summarize } from "../summary";
import type { SearchHit, SearchLocale } from "../types";

/** The display payload stored on search_document.display (see build-documents.ts). */
export type DocumentDisplay = {
  nameFr: string;
  nameEn: string | null;
  organization: { id: string; slug: string; nameFr: string; nameEn: string | null };
  descriptionFr: string;
  descriptionEn: string | null;
  categories: { code: string; nameFr: string; nameEn: string | null }[];
  phones: { number: string; extension: string | null; type: string }[];
  address: { street: string; municipality: string; postalCode: string } | null;
  alertFr: string | null;
  alertEn: string | null;
};

export type HitRow = {
  id: string;
  slug: string;
  display: DocumentDisplay;
  hours: OpeningSchedule[] | null;
  status: string;
  distance: number | null;
};

export function toHit(row: HitRow, locale: SearchLocale, now: Date): SearchHit {
  const d = row.display;
  const summaryFr = summarize(d.descriptionFr);
  const summaryEn = summarize(d.descriptionEn);
  return {
    id: row.id,
    slug: row.slug,
    name: localize(locale, d.nameFr, d.nameEn),
    organization: {
      id: d.organization.id,
      slug: d.organization.slug,
      name: localize(locale, d.organization.nameFr, d.organization.nameEn),
    },
    summary: localize(locale, summaryFr, summaryEn),
    categories: [...d.categories]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({ code: c.code, name: localize(locale, c.nameFr, c.nameEn) })),
    phones: d.phones.map((p) => ({ number: p.number, extension: p.extension ?? null, type: p.type })),
    address: d.address ?? null,
    distanceKm: row.distance === null ? null : Math.round(row.distance * 10) / 10,
    openNow: isOpenAt(row.hours, now),
    status: row.status === "temporarily_closed" ? "temporarily_closed" : "active",
    alert: localize(locale, d.alertFr, d.alertEn),
  };
}
