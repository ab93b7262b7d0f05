"use client";

import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import type { ConsoleDetail } from "@/lib/calls/get-console-service";
import { ageText, phoneText } from "./hours-text";

type Props = {
  detail: ConsoleDetail | null;
  loading: boolean;
  referred: boolean;
  publicHref: string | null;
  onCopy: () => void;
  onRefer: () => void;
  onFlag: () => void;
  onUnmet: () => void;
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="font-bold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** The record beside the list. Its heading takes the focus when it opens, so letter keys act on it. */
export const DetailPanel = forwardRef<HTMLHeadingElement, Props>(function DetailPanel(
  { detail, loading, referred, publicHref, onCopy, onRefer, onFlag, onUnmet },
  headingRef,
) {
  const t = useTranslations("Agent");
  if (loading) return <p role="status">{t("detail.loading")}</p>;
  if (!detail) return <p className="text-slate-700">{t("detail.empty")}</p>;
  const none = <p className="text-slate-700">{t("detail.notProvided")}</p>;
  const button = "rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100";
  return (
    <article className="space-y-4" aria-labelledby="agent-detail-title">
      <header className="space-y-1">
        <h2 id="agent-detail-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
          {detail.name}
        </h2>
        <p className="text-slate-800">{detail.organization.name}</p>
        {detail.alert && <p className="rounded border border-amber-700 bg-amber-50 p-2 text-sm">{detail.alert}</p>}
      </header>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={onCopy}>
          {t("detail.copy")}
        </button>
        <button type="button" className={button} onClick={onRefer} aria-pressed={referred}>
          {t("detail.refer")}
        </button>
        <button type="button" className={button} onClick={onFlag}>
          {t("detail.flag")}
        </button>
        <button type="button" className={button} onClick={onUnmet}>
          {t("detail.unmet")}
        </button>
      </div>
      <Section title={t("detail.agentNotes")}>
        {detail.agentNotes.service || detail.agentNotes.organization ? (
          <dl className="rounded border-l-4 border-brand-700 bg-brand-50 p-2 text-sm">
            {detail.agentNotes.service && (
              <>
                <dt className="font-semibold">{t("detail.serviceNotes")}</dt>
                <dd className="whitespace-pre-line">{detail.agentNotes.service}</dd>
              </>
            )}
            {detail.agentNotes.organization && (
              <>
                <dt className="font-semibold">{t("detail.organizationNotes")}</dt>
                <dd className="whitespace-pre-line">{detail.agentNotes.organization}</dd>
              </>
            )}
          </dl>
        ) : (
          <p className="text-sm text-slate-700">{t("detail.noNotes")}</p>
        )}
      </Section>
      <Section title={t("detail.phones")}>
        {detail.phones.length ? (
          <ul className="space-y-1">
            {detail.phones.map((phone) => (
              <li key={`${phone.number}-${phone.extension}`}>
                <span className="text-xl font-bold">{phoneText(phone, t)}</span>{" "}
                <span className="text-sm text-slate-700">
                  ({t(`phoneType.${phone.type}` as never)}
                  {phone.description ? ` — ${phone.description}` : ""})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section title={t("detail.hours")}>
        {detail.hours.length ? (
          detail.hours.map((schedule, i) => (
            <div key={i} className="text-sm">
              {schedule.alwaysOpen ? (
                <p>{t("hours.openAlways")}</p>
              ) : (
                <ul>
                  {schedule.days.map((day) => (
                    <li key={day.day}>
                      <span className="inline-block w-24 font-semibold">{day.day}</span> {day.text}
                    </li>
                  ))}
                </ul>
              )}
              {schedule.notes && <p className="text-slate-700">{schedule.notes}</p>}
            </div>
          ))
        ) : (
          <p className="text-sm">{t("hours.noHours")}</p>
        )}
      </Section>
      <Section title={t("detail.eligibility")}>
        <p className="text-sm">{ageText(detail.minAge, detail.maxAge, t)}</p>
        {detail.eligibility && <p className="text-sm">{detail.eligibility}</p>}
        {detail.clientele && <p className="text-sm">{detail.clientele}</p>}
      </Section>
      <Section title={t("detail.fees")}>
        <p className="text-sm">{detail.isFree ? t("detail.free") : (detail.fees ?? t("detail.notProvided"))}</p>
      </Section>
      <Section title={t("detail.apply")}>
        {detail.applicationProcess ? <p className="text-sm">{detail.applicationProcess}</p> : none}
      </Section>
      <Section title={t("detail.documents")}>
        {detail.documents.length ? (
          <ul className="list-disc pl-5 text-sm">
            {detail.documents.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      {detail.addresses.length > 0 && (
        <ul className="text-sm text-slate-800">
          {detail.addresses.map((address) => (
            <li key={address}>{address}</li>
          ))}
        </ul>
      )}
      {publicHref && (
        <p className="text-sm">
          <a href={publicHref} target="_blank" rel="noreferrer">
            {t("detail.publicPage")}
          </a>
        </p>
      )}
    </article>
  );
});
