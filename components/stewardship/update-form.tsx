"use client";

import { useActionState } from "react";
import type { FormValues } from "@/lib/directory/form-data";
import type { FieldValue, PhoneValue, RecordValues } from "@/lib/stewardship/proposal";
import { UPDATE_IDLE, type UpdateFormState } from "@/lib/stewardship/update-form-state";

export type UpdateFormLabels = {
  organization: string;
  services: string;
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

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";
const LONG = new Set(["descriptionFr", "descriptionEn", "eligibilityFr", "eligibilityEn"]);
const LANG: Record<string, "fr" | "en"> = { nameFr: "fr", nameEn: "en", descriptionFr: "fr", descriptionEn: "en" };

/** Reads a submitted value back by its dotted name (after an error). */
function submittedAt(values: FormValues | undefined, name: string): unknown {
  let node: unknown = values;
  for (const part of name.split(".")) node = node && typeof node === "object" ? (node as FormValues)[part] : undefined;
  return node;
}

/**
 * The organization's own update form, prefilled with its record and services. A server action
 * through useActionState: it works before (and without) JavaScript.
 */
export function UpdateForm({
  action,
  token,
  locale,
  blocks,
  contactEmail,
  labels,
}: {
  action: (state: UpdateFormState, formData: FormData) => Promise<UpdateFormState>;
  token: string;
  locale: "fr" | "en";
  blocks: RecordBlock[];
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
  const errors = state.fieldErrors ?? {};
  const idOf = (name: string) => `u-${name.replaceAll(".", "-")}`;
  const text = (name: string, current: FieldValue) => {
    const submitted = submittedAt(state.values, name);
    return typeof submitted === "string" ? submitted : typeof current === "string" ? current : "";
  };
  const errorOf = (name: string) =>
    errors[name] ? (
      <p id={`${idOf(name)}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[name].join(" ")}
      </p>
    ) : null;
  const field = (prefix: string, name: string, current: FieldValue) => {
    const full = `${prefix}.${name}`;
    const common = {
      id: idOf(full),
      name: full,
      defaultValue: text(full, current),
      lang: LANG[name],
      "aria-invalid": errors[full] ? true : undefined,
      "aria-describedby": errors[full] ? `${idOf(full)}-error` : undefined,
      className: inputClass,
    };
    return (
      <div key={full}>
        <label htmlFor={common.id} className="block font-medium">
          {labels.fields[name]}
        </label>
        {LONG.has(name) ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
        {errorOf(full)}
      </div>
    );
  };
  const phones = (prefix: string, current: PhoneValue[]) => {
    const rows = [...current, { number: "", extension: null }];
    return (
      <fieldset key={`${prefix}.phones`} className="space-y-2">
        <legend className="font-medium">{labels.fields.phones}</legend>
        <p className="text-sm text-slate-700">{labels.phonesHint}</p>
        {rows.map((phone, i) => {
          const base = `${prefix}.phones.${i}`;
          return (
            <div key={base} className="flex flex-wrap gap-3">
              {(["number", "extension"] as const).map((part) => {
                const name = `${base}.${part}`;
                return (
                  <div key={name}>
                    <label htmlFor={idOf(name)} className="block text-sm">
                      {part === "number" ? `${labels.phone} ${i + 1}` : labels.extension}
                    </label>
                    <input
                      id={idOf(name)}
                      name={name}
                      type={part === "number" ? "tel" : "text"}
                      inputMode={part === "extension" ? "numeric" : undefined}
                      defaultValue={text(name, phone[part] ?? "")}
                      aria-invalid={errors[name] ? true : undefined}
                      aria-describedby={errors[name] ? `${idOf(name)}-error` : undefined}
                      className={`${inputClass} ${part === "extension" ? "w-24" : "w-56"}`}
                    />
                    {errorOf(name)}
                  </div>
                );
              })}
            </div>
          );
        })}
      </fieldset>
    );
  };
  return (
    <form action={formAction} className="max-w-3xl space-y-8" noValidate>
      {state.status === "error" && (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-medium">{state.message ?? labels.errorSummary}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {blocks.map((block) => (
        <section key={block.prefix} aria-labelledby={`${idOf(block.prefix)}-title`} className="space-y-4">
          <h2 id={`${idOf(block.prefix)}-title`} className="text-xl font-bold">
            {block.title}
          </h2>
          {block.fields.map((name) =>
            name === "phones"
              ? phones(block.prefix, (block.values.phones as PhoneValue[]) ?? [])
              : field(block.prefix, name, block.values[name] ?? null),
          )}
        </section>
      ))}
      <div>
        <label htmlFor="u-contactEmail" className="block font-medium">
          {labels.contactEmail}
        </label>
        <p id="u-contactEmail-hint" className="text-sm text-slate-700">
          {labels.contactEmailHint}
        </p>
        <input
          id="u-contactEmail"
          name="contactEmail"
          type="email"
          autoComplete="email"
          defaultValue={text("contactEmail", contactEmail)}
          aria-invalid={errors.contactEmail ? true : undefined}
          aria-describedby={`u-contactEmail-hint${errors.contactEmail ? " u-contactEmail-error" : ""}`}
          className={inputClass}
        />
        {errorOf("contactEmail")}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
