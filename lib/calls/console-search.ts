import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { OpeningSchedule } from "@/lib/hours/types";
import { search } from "@/lib/search/search";
import type { SearchLocale, SearchQuery } from "@/lib/search/types";
import { hoursLine, type HoursLine } from "./hours-line";
import { assertCanCalls } from "./permissions";
import { resolveCallerPlace } from "./resolve-caller-place";
import { AGE_GROUPS, CALL_LANGUAGES } from "./schemas";
import { validateCalls } from "./validate";

const consoleSearchInput = z.object({
  q: z.string().max(200).default(""),
  place: z.string().trim().max(100).optional(),
  language: z.enum(CALL_LANGUAGES).optional(),
  ageGroup: z.enum(AGE_GROUPS).optional(),
});

/** One age inside each group: a service's [min, max] must include it (as the public `age` filter). */
const AGE_OF_GROUP: Record<(typeof AGE_GROUPS)[number], number | undefined> = {
  age_0_17: 10,
  age_18_29: 24,
  age_30_49: 40,
  age_50_64: 57,
  age_65_plus: 70,
  unknown: undefined,
};

export type ConsoleHit = {
  id: string;
  slug: string;
  name: string;
  organization: { id: string; name: string };
  mainPhone: { number: string; extension: string | null } | null;
  hours: HoursLine | null;
  municipality: string | null;
  distanceKm: number | null;
  minAge: number | null;
  maxAge: number | null;
  eligibility: string | null;
  languages: string[];
  wheelchair: boolean;
  temporarilyClosed: boolean;
  /** Top-level category codes, to suggest the call's needs. */
  rootCategories: string[];
};

export type ConsoleSearchResult = { total: number; hits: ConsoleHit[]; placeLabel: string | null };

/**
 * The console's type-ahead: the same `search()` as the public site, with the call's context
 * (near the caller, their language, their age group), plus what an agent reads out.
 */
export async function consoleSearch(actor: Actor | null, input: unknown, locale: SearchLocale, now = new Date()) {
  assertCanCalls(actor, "calls:write");
  const { q, place: placeText, language, ageGroup } = validateCalls(consoleSearchInput, input);
  const place = await resolveCallerPlace(placeText);
  const query: SearchQuery = {
    q,
    locale,
    categories: [],
    page: 1,
    perPage: 20,
    now,
    // French is the default language of services here: only another language narrows the list.
    language: language && language !== "fr" && language !== "other" ? language : undefined,
    age: ageGroup ? AGE_OF_GROUP[ageGroup] : undefined,
    near: place?.point ? { ...place.point, label: place.label } : undefined,
    region: !place?.point && (place?.regionCode === "03" || place?.regionCode === "12") ? place.regionCode : undefined,
  };
  const result = await search(query);
  const ids = result.hits.map((hit) => hit.id);
  const extras = ids.length
    ? await db.$queryRaw<
        {
          id: string;
          min_age: number | null;
          max_age: number | null;
          eligibility_fr: string | null;
          eligibility_en: string | null;
          hours: OpeningSchedule[] | null;
          languages: string[];
          accessible: boolean;
        }[]
      >`
        SELECT s.id, s.minimum_age AS min_age, s.maximum_age AS max_age,
               s.eligibility_description_fr AS eligibility_fr, s.eligibility_description_en AS eligibility_en,
               d.hours, d.language_codes AS languages, d.accessible
        FROM service s JOIN search_document d ON d.service_id = s.id
        WHERE s.id = ANY(${ids}::uuid[])`
    : [];
  const byId = new Map(extras.map((row) => [row.id, row]));
  const hits: ConsoleHit[] = result.hits.map((hit) => {
    const extra = byId.get(hit.id);
    const phone = hit.phones.find((p) => p.type === "voice" || p.type === "toll_free") ?? hit.phones[0] ?? null;
    const eligibility = locale === "en" ? (extra?.eligibility_en ?? extra?.eligibility_fr) : extra?.eligibility_fr;
    return {
      id: hit.id,
      slug: hit.slug,
      name: hit.name.text,
      organization: { id: hit.organization.id, name: hit.organization.name.text },
      mainPhone: phone && { number: phone.number, extension: phone.extension },
      hours: hoursLine(extra?.hours, now),
      municipality: hit.address?.municipality ?? null,
      distanceKm: hit.distanceKm,
      minAge: extra?.min_age ?? null,
      maxAge: extra?.max_age ?? null,
      eligibility: eligibility ?? null,
      languages: extra?.languages ?? [],
      wheelchair: extra?.accessible ?? false,
      temporarilyClosed: hit.status === "temporarily_closed",
      rootCategories: [...new Set(hit.categories.map((category) => category.code.split(".")[0]))],
    };
  });
  return { total: result.total, hits, placeLabel: place?.label ?? null } satisfies ConsoleSearchResult;
}
