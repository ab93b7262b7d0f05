"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CallContext, ConsoleOptions } from "./types";
import { FieldMessages, fieldClass, primaryButton, secondaryButton } from "./console-dialog";

type Props = {
  call: { id: string; startedAt: string } | null;
  draft: CallContext;
  onDraftChange: (draft: CallContext) => void;
  placeLabel: string | null;
  referredCount: number;
  options: ConsoleOptions;
  errors: Record<string, string[]>;
  onNewCall: (context: CallContext) => void;
  onApplyContext: (context: CallContext) => void;
  onEndCall: () => void;
};

/** The call in progress and the caller's context, set once and applied to every search. */
export function CallPanel({
  call,
  draft,
  onDraftChange: setDraft,
  placeLabel,
  referredCount,
  options,
  errors,
  onNewCall,
  onApplyContext,
  onEndCall,
}: Props) {
  const t = useTranslations("Agent.call");
  const locale = useLocale();
  const time = call
    ? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { hour: "numeric", minute: "2-digit" }).format(
        new Date(call.startedAt),
      )
    : null;
  return (
    <section aria-labelledby="agent-call-title" className="space-y-3 rounded-lg border border-slate-300 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="agent-call-title" className="font-bold">
          {call ? t("inProgress", { time: time ?? "" }) : t("none")}
          {call && (
            <span className="ml-2 font-normal text-slate-700">· {t("referredCount", { count: referredCount })}</span>
          )}
        </h2>
        <div className="flex gap-2">
          {call ? (
            <button type="button" className={primaryButton} onClick={onEndCall}>
              {t("end")}
            </button>
          ) : (
            <button type="button" className={primaryButton} onClick={() => onNewCall(draft)}>
              {t("new")}
            </button>
          )}
        </div>
      </div>
      <form
        className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
        aria-label={t("context")}
        onSubmit={(event) => {
          event.preventDefault();
          if (call) onApplyContext(draft);
          else onNewCall(draft);
        }}
      >
        <div>
          <label htmlFor="agent-place" className="text-sm font-semibold">
            {t("place")}
          </label>
          <input
            id="agent-place"
            className={fieldClass}
            value={draft.place}
            autoComplete="off"
            onChange={(event) => setDraft({ ...draft, place: event.target.value })}
            aria-invalid={errors.place ? true : undefined}
            aria-describedby={errors.place ? "agent-place-help agent-place-error" : "agent-place-help"}
          />
          <p id="agent-place-help" className="text-xs text-slate-700">
            {placeLabel ? `${placeLabel} · ` : ""}
            {t("placeHelp")}
          </p>
          <FieldMessages id="agent-place-error" messages={errors.place} />
        </div>
        <label className="text-sm font-semibold">
          {t("language")}
          <select
            className={fieldClass}
            value={draft.language}
            onChange={(event) => setDraft({ ...draft, language: event.target.value })}
          >
            {options.languages.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t("ageGroup")}
          <select
            className={fieldClass}
            value={draft.ageGroup}
            onChange={(event) => setDraft({ ...draft, ageGroup: event.target.value })}
          >
            {options.ageGroups.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={secondaryButton}>
          {t("apply")}
        </button>
      </form>
    </section>
  );
}
