"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ConsoleHit } from "@/lib/calls/console-search";
import { ageText, hoursText, phoneText } from "./hours-text";

export const optionId = (id: string) => `agent-hit-${id}`;

/**
 * The results as a listbox driven from the search field (aria-activedescendant): the
 * options hold text only, so that a screen reader reads each whole line.
 */
export function ResultList({
  hits,
  active,
  referred,
  onPick,
}: {
  hits: ConsoleHit[];
  active: number;
  referred: ReadonlySet<string>;
  onPick: (index: number) => void;
}) {
  const t = useTranslations("Agent");
  const locale = useLocale() as "fr" | "en";
  const languageName = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return (
    <ul id="agent-results" role="listbox" aria-label={t("search.listLabel")} className="divide-y divide-slate-200">
      {hits.map((hit, index) => (
        // Mouse users click a line; keyboard users reach it with ↑/↓ from the search field.
        <li
          key={hit.id}
          id={optionId(hit.id)}
          role="option"
          aria-selected={index === active}
          onClick={() => onPick(index)}
          className={`cursor-pointer p-3 ${index === active ? "bg-brand-50 outline outline-2 outline-brand-700" : "hover:bg-slate-50"}`}
        >
          <p className="font-semibold text-slate-900">
            {hit.name}
            {referred.has(hit.id) && (
              <span className="ml-2 rounded bg-green-800 px-2 py-0.5 text-xs font-bold text-white">
                {t("hit.referred")}
              </span>
            )}
          </p>
          <p className="text-sm text-slate-700">{hit.organization.name}</p>
          <p className="text-2xl font-bold tracking-wide text-slate-900">
            {hit.mainPhone ? phoneText(hit.mainPhone, t) : t("hit.noPhone")}
          </p>
          <p className={`text-sm font-semibold ${hit.hours?.state === "open" ? "text-green-800" : "text-slate-800"}`}>
            {hit.temporarilyClosed ? t("hit.temporarilyClosed") : hoursText(hit.hours, locale, t)}
          </p>
          <p className="text-sm text-slate-800">
            {[
              hit.municipality,
              hit.distanceKm !== null ? t("hit.km", { distance: hit.distanceKm.toFixed(1) }) : null,
              ageText(hit.minAge, hit.maxAge, t),
              hit.wheelchair ? t("hit.wheelchair") : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {hit.eligibility && <p className="line-clamp-1 text-sm text-slate-700">{hit.eligibility}</p>}
          {hit.languages.length > 0 && (
            <p className="text-sm text-slate-700">
              {t("hit.languages", { list: hit.languages.map((code) => languageName.of(code) ?? code).join(", ") })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
