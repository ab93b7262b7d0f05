"use client";

import { Fragment, useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE, type RecordFormState } from "@/lib/directory/record-form-state";
import { RecordFormProvider } from "./form-context";
import { DuplicateNotice } from "./duplicate-notice";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";

export type RecordAction = (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;

/**
 * The frame every record form shares: server action through useActionState (works without
 * JavaScript), error summary on top, submitted values kept on failure, no save button
 * for read-only roles.
 */
export function RecordForm({
  action,
  idPrefix,
  readOnly,
  reloadHref,
  hidden,
  children,
  submitLabel,
}: {
  action: RecordAction;
  idPrefix: string;
  readOnly: boolean;
  reloadHref: string;
  hidden: Record<string, string | number>;
  children: React.ReactNode;
  submitLabel?: string;
}) {
  const t = useTranslations("Records.form");
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <RecordFormProvider
      value={{ submitted: state.status === "error" ? state.values : undefined, errors, readOnly, idPrefix }}
    >
      <form action={formAction} noValidate className="space-y-6">
        <ErrorSummary state={state} idPrefix={idPrefix} reloadHref={reloadHref} />
        {state.status === "error" && <DuplicateNotice duplicates={state.duplicates} idPrefix={idPrefix} />}
        {readOnly && <p className="rounded-md border border-slate-400 bg-slate-50 p-3">{t("readOnly")}</p>}
        {Object.entries(hidden).map(([name, value]) => (
          <input
            key={name}
            type="hidden"
            name={name}
            value={name === "version" && state.version ? state.version : value}
          />
        ))}
        {/* A new version (saved here, page refreshed) remounts the fields from the fresh record. */}
        <Fragment key={String(hidden.version ?? "new")}>{children}</Fragment>
        {!readOnly && (
          <div className="sticky bottom-0 border-t border-slate-200 bg-white py-3">
            <SubmitButton label={submitLabel} />
          </div>
        )}
      </form>
    </RecordFormProvider>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 p-4">
      <h3 className="text-lg font-bold">{title}</h3>
      {children}
    </section>
  );
}
