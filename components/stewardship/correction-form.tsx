"use client";

import { useActionState } from "react";
import { TextField } from "@/components/admin/records/fields";
import { RecordFormProvider } from "@/components/admin/records/form-context";
import { CORRECTION_IDLE, type CorrectionFormState } from "@/lib/stewardship/correction-form-state";

export type CorrectionLabels = {
  kind: string;
  kinds: Record<string, string>;
  message: string;
  messageHint: string;
  email: string;
  emailHint: string;
  honeypot: string;
  submit: string;
  errorSummary: string;
};

type Props = {
  action: (state: CorrectionFormState, formData: FormData) => Promise<CorrectionFormState>;
  record: { serviceId?: string; organizationId?: string };
  locale: "fr" | "en";
  formTime: string;
  labels: CorrectionLabels;
  sentMessage: string;
  backLink: React.ReactNode;
};

/**
 * "Suggest a correction". A server action through useActionState, so it works before (and
 * without) JavaScript: the browser posts the form and the page comes back with the result.
 */
export function CorrectionForm({ action, record, locale, formTime, labels, sentMessage, backLink }: Props) {
  const [state, formAction, pending] = useActionState(action, CORRECTION_IDLE);
  if (state.status === "sent")
    return (
      <div role="status" className="space-y-3 rounded-md border border-green-700 bg-green-50 p-4">
        <p className="font-medium text-green-900">{sentMessage}</p>
        <p>{backLink}</p>
      </div>
    );
  const errors = state.fieldErrors ?? {};
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`correction-${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[name].join(" ")}
      </p>
    ) : null;
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      {state.status === "error" && (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-medium">{state.message ?? labels.errorSummary}</p>
          {errors.record && <p>{errors.record.join(" ")}</p>}
        </div>
      )}
      {record.serviceId && <input type="hidden" name="serviceId" value={record.serviceId} />}
      {record.organizationId && <input type="hidden" name="organizationId" value={record.organizationId} />}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="formTime" value={formTime} />
      <fieldset aria-describedby={errors.kind ? "correction-kind-error" : undefined}>
        <legend className="font-medium">{labels.kind}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {Object.entries(labels.kinds).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={value}
                defaultChecked={(state.values?.kind ?? "") === value}
                required
              />
              {label}
            </label>
          ))}
        </div>
        {fieldError("kind")}
      </fieldset>
      <RecordFormProvider value={{ submitted: state.values, errors, readOnly: false, idPrefix: "correction" }}>
        <TextField
          name="message"
          label={labels.message}
          hint={labels.messageHint}
          multiline
          rows={5}
          maxLength={1000}
        />
        <TextField
          name="email"
          label={labels.email}
          hint={labels.emailHint}
          type="email"
          autoComplete="email"
          maxLength={254}
        />
      </RecordFormProvider>
      {/* Robots fill every field; people never see this one (hidden from sight and from assistive technology). */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="correction-website">{labels.honeypot}</label>
        <input id="correction-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
