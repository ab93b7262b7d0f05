"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { fieldId } from "./form-context";

/**
 * At the top of the form: every error with a link to its field, or the conflict / refusal
 * message. It takes focus after each failed save so screen-reader users hear it.
 */
export function ErrorSummary({
  state,
  idPrefix,
  reloadHref,
}: {
  state: RecordFormState;
  idPrefix: string;
  reloadHref: string;
}) {
  const t = useTranslations("Records");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle" && state.nonce) ref.current?.focus();
  }, [state.nonce, state.status]);

  if (state.status === "saved") {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="status"
        className="rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900"
      >
        {state.message}
      </div>
    );
  }
  if (state.status !== "error") return null;
  const entries = Object.entries(state.fieldErrors ?? {});
  const count = entries.reduce((sum, [, messages]) => sum + messages.length, 0);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${idPrefix}-summary-title`}
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900"
    >
      <h2 id={`${idPrefix}-summary-title`} className="font-bold">
        {count > 0 ? t("errors.summaryTitle", { count }) : state.message}
      </h2>
      {state.conflict && (
        <p className="mt-2">
          <a href={reloadHref} className="font-semibold text-red-900 underline">
            {t("errors.reload")}
          </a>
        </p>
      )}
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {entries.map(([name, messages]) => (
            <li key={name}>
              {name === "" ? (
                messages.join(" ")
              ) : (
                <a href={`#${fieldId(idPrefix, name)}`} className="text-red-900 underline">
                  <FieldLabel name={name} />
                  {" : "}
                  {messages.join(" ")}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "phones.1.number" → "Téléphones 2 · Numéro"; "schedules.0.d3.1.opens" → "Heures… 1 · Mercredi · 2 · Ouverture". */
function FieldLabel({ name }: { name: string }) {
  const t = useTranslations("Records");
  const parts = name.split(".").map((part) => {
    if (/^\d+$/.test(part)) return String(Number(part) + 1);
    if (/^d[1-7]$/.test(part)) return t(`hours.days.${part.slice(1)}` as never);
    if (t.has(`fields.${part}` as never)) return t(`fields.${part}` as never);
    if (t.has(`hours.${part}` as never)) return t(`hours.${part}` as never);
    return part;
  });
  return <>{parts.join(" · ")}</>;
}
