"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { getPath } from "@/lib/directory/form-data";
import { useFormContext } from "./form-context";
import { CheckboxField, TextField } from "./fields";

export type ScheduleDefaults = {
  validFrom: string | null;
  validTo: string | null;
  alwaysOpen: boolean;
  notesFr: string | null;
  notesEn: string | null;
  ranges: { weekday: number; opens: string; closes: string }[];
  closures: { date: string; reasonFr: string | null; reasonEn: string | null }[];
};

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
// Enough empty slots that a split day (e.g. 9–12, 13–16, 18–21) can be entered without JavaScript.
const MIN_SLOTS = 3;

/** All schedules of a record, plus one blank schedule to add seasonal or extra hours. */
export function HoursEditor({ name = "schedules", schedules }: { name?: string; schedules: ScheduleDefaults[] }) {
  const t = useTranslations("Records.hours");
  const { readOnly, submitted } = useFormContext();
  const submittedCount = submitted ? ((getPath(submitted, name) as unknown[] | undefined)?.length ?? 0) : 0;
  const count = Math.max(schedules.length + (readOnly ? 0 : 1), submittedCount, 1);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {Array.from({ length: count }, (_, index) => {
        const schedule = schedules[index];
        const body = <ScheduleFields base={`${name}.${index}`} schedule={schedule} />;
        // The extra blank schedule stays folded unless it is the only one.
        if (!schedule && index > 0 && !(submitted && index < submittedCount)) {
          return (
            <details key={index} className="rounded-md border border-slate-300 p-3">
              <summary className="cursor-pointer font-semibold">{t("newSchedule")}</summary>
              {body}
            </details>
          );
        }
        return (
          <fieldset key={index} className="rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("schedule", { n: index + 1 })}</legend>
            {body}
          </fieldset>
        );
      })}
    </div>
  );
}

function ScheduleFields({ base, schedule }: { base: string; schedule?: ScheduleDefaults }) {
  const t = useTranslations("Records.hours");
  const { submitted, readOnly } = useFormContext();
  const closureCount = Math.max(
    (schedule?.closures.length ?? 0) + (readOnly ? 0 : 2),
    submitted ? ((getPath(submitted, `${base}.closures`) as unknown[] | undefined)?.length ?? 0) : 0,
  );
  return (
    <div className="mt-3 space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name={`${base}.validFrom`} label={t("validFrom")} value={schedule?.validFrom} type="date" />
        <TextField name={`${base}.validTo`} label={t("validTo")} value={schedule?.validTo} type="date" />
        <div className="self-end pb-2">
          <CheckboxField name={`${base}.alwaysOpen`} label={t("alwaysOpen")} checked={schedule?.alwaysOpen} />
        </div>
      </div>
      <div className="space-y-2">
        {DAYS.map((day) => (
          <DayRanges
            key={day}
            base={`${base}.d${day}`}
            day={day}
            ranges={schedule?.ranges.filter((r) => r.weekday === day) ?? []}
          />
        ))}
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("closures")}</legend>
        {Array.from({ length: closureCount }, (_, i) => {
          const closure = schedule?.closures[i];
          return (
            <div key={i} className="grid gap-3 sm:grid-cols-3">
              <TextField
                name={`${base}.closures.${i}.date`}
                label={`${t("closureDate")} ${i + 1}`}
                value={closure?.date}
                type="date"
              />
              <TextField
                name={`${base}.closures.${i}.reasonFr`}
                label={t("closureReasonFr")}
                value={closure?.reasonFr}
                lang="fr"
              />
              <TextField
                name={`${base}.closures.${i}.reasonEn`}
                label={t("closureReasonEn")}
                value={closure?.reasonEn}
                lang="en"
              />
            </div>
          );
        })}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name={`${base}.notesFr`} label={t("notesFr")} value={schedule?.notesFr} lang="fr" />
        <TextField name={`${base}.notesEn`} label={t("notesEn")} value={schedule?.notesEn} lang="en" />
      </div>
    </div>
  );
}

function DayRanges({ base, day, ranges }: { base: string; day: number; ranges: { opens: string; closes: string }[] }) {
  const t = useTranslations("Records.hours");
  const { submitted, readOnly } = useFormContext();
  const submittedCount = submitted ? ((getPath(submitted, base) as unknown[] | undefined)?.length ?? 0) : 0;
  const initial = readOnly ? ranges.length : Math.max(MIN_SLOTS, ranges.length + 1, submittedCount);
  const [slots, setSlots] = useState(() => Array.from({ length: initial }, (_, i) => i));
  const [next, setNext] = useState(initial);
  const dayName = t(`days.${day}` as never);
  return (
    <fieldset className="grid items-start gap-2 border-t border-slate-200 pt-2 md:grid-cols-[8rem_1fr]">
      <legend className="float-left font-medium md:w-32">{dayName}</legend>
      <div className="flex flex-wrap items-end gap-3">
        {slots.map((key, index) => {
          const range = ranges[key];
          const pastMidnight = range && range.closes !== "24:00" && range.closes <= range.opens;
          return (
            <div
              key={key}
              className="flex items-end gap-1"
              role="group"
              aria-label={t("rangeLabel", { day: dayName, n: index + 1 })}
            >
              <TextField
                name={`${base}.${index}.opens`}
                label={t("opens")}
                value={range?.opens}
                inputMode="numeric"
                className="w-24"
              />
              <TextField
                name={`${base}.${index}.closes`}
                label={t("closes")}
                value={range?.closes}
                inputMode="numeric"
                className="w-24"
              />
              {pastMidnight && <span className="pb-2 text-xs text-slate-700">({t("pastMidnight")})</span>}
              {!readOnly && (
                <button
                  type="button"
                  onClick={() => setSlots(slots.filter((slot) => slot !== key))}
                  className="mb-1 rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100"
                  aria-label={`${t("removeRange")} (${dayName} ${index + 1})`}
                >
                  ×
                </button>
              )}
            </div>
          );
        })}
        {!readOnly && (
          <button
            type="button"
            onClick={() => {
              setSlots([...slots, next]);
              setNext(next + 1);
            }}
            className="mb-1 rounded border border-brand-700 px-2 py-1 text-xs font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("addRange", { day: dayName })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
