"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/admin/records/fields";
import { RecordFormProvider } from "@/components/admin/records/form-context";
import { HoursEditor } from "@/components/admin/records/hours-editor";
import type { FieldValue, PhoneValue, RecordValues, ScheduleValue } from "@/lib/stewardship/field-values";
import { UPDATE_IDLE, type UpdateFormState } from "@/lib/stewardship/update-form-state";

export type UpdateFormLabels = {
  fields: Record<string, string>;
  phone: string;
  extension: string;
  phonesHint: string;
  contactEmail: string;
  contactEmailHint: string;
  submit: string;
  sent: string;
  errorSummary: string;
};

type RecordBlock = { prefix: string; title: string; fields: readonly string[]; values: RecordValues };

const LONG = new Set(["descriptionFr", "descriptionEn", "eligibilityFr", "eligibilityEn"]);
const LANG: Record<string, "fr" | "en"> = {
  nameFr: "fr",
  nameEn: "en",
  descriptionFr: "fr",
  descriptionEn: "en",
  eligibilityFr: "fr",
  eligibilityEn: "en",
};

/**
 * The organization's own update form, prefilled with its record, its services (hours included)
 * and its sites' addresses. The back-office's own fields and hours editor, so a value is entered
 * and checked the same way; a server action through useActionState, so it works before (and
 * without) JavaScript.
 */
export function UpdateForm({
  action,
  token,
  locale,
  blocks,
  municipalities,
  contactEmail,
  labels,
}: {
  action: (state: UpdateFormState, formData: FormData) => Promise<UpdateFormState>;
  token: string;
  locale: "fr" | "en";
  blocks: RecordBlock[];
  municipalities: { id: string; name: string; mrc: string }[];
  contactEmail: string;
  labels: UpdateFormLabels;
}) {
  const [state, formAction, pending] = useActionState(action, UPDATE_IDLE);
  if (state.status === "sent")
    return (
      <p role="status" className="rounded-md border border-green-700 bg-green-50 p-4 font-medium text-green-900">
        {labels.sent}
      </p>
    );
  const phones = (prefix: string, current: PhoneValue[]) => (
    <fieldset key={`${prefix}.phones`} className="space-y-2">
      <legend className="font-medium">{labels.fields.phones}</legend>
      <p className="text-sm text-slate-700">{labels.phonesHint}</p>
      {[...current, { number: "", extension: null }].map((phone, i) => (
        <div key={i} className="flex flex-wrap gap-3">
          <TextField
            name={`${prefix}.phones.${i}.number`}
            label={`${labels.phone} ${i + 1}`}
            value={phone.number}
            inputMode="tel"
            className="w-56"
          />
          <TextField
            name={`${prefix}.phones.${i}.extension`}
            label={labels.extension}
            value={phone.extension}
            inputMode="numeric"
            className="w-24"
          />
        </div>
      ))}
    </fieldset>
  );
  const field = (prefix: string, name: string, value: FieldValue) => {
    const full = `${prefix}.${name}`;
    if (name === "phones") return phones(prefix, (value as PhoneValue[] | null) ?? []);
    if (name === "schedules")
      return (
        <fieldset key={full} className="space-y-2">
          <legend className="font-medium">{labels.fields.schedules}</legend>
          <HoursEditor name={full} schedules={(value as ScheduleValue[] | null) ?? []} />
        </fieldset>
      );
    if (name === "municipalityId")
      return (
        <SelectField
          key={full}
          name={full}
          label={labels.fields.municipalityId}
          value={value as string | null}
          options={[
            { value: "", label: "—" },
            ...municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.mrc})` })),
          ]}
        />
      );
    return (
      <TextField
        key={full}
        name={full}
        label={labels.fields[name]}
        value={value as string | null}
        multiline={LONG.has(name)}
        lang={LANG[name]}
      />
    );
  };
  return (
    <RecordFormProvider
      value={{ submitted: state.values, errors: state.fieldErrors ?? {}, readOnly: false, idPrefix: "u" }}
    >
      <form action={formAction} className="max-w-3xl space-y-8" noValidate>
        {state.status === "error" && (
          <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-medium">{state.message ?? labels.errorSummary}</p>
          </div>
        )}
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        {blocks.map((block) => {
          const titleId = `u-${block.prefix.replaceAll(".", "-")}-title`;
          return (
            <section key={block.prefix} aria-labelledby={titleId} className="space-y-4">
              <h2 id={titleId} className="text-xl font-bold">
                {block.title}
              </h2>
              {block.fields.map((name) => field(block.prefix, name, block.values[name] ?? null))}
            </section>
          );
        })}
        <TextField
          name="contactEmail"
          label={labels.contactEmail}
          hint={labels.contactEmailHint}
          value={contactEmail}
          type="email"
          autoComplete="email"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {labels.submit}
        </button>
      </form>
    </RecordFormProvider>
  );
}
