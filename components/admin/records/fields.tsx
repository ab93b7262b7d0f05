"use client";

import { useTranslations } from "next-intl";
import { useField, useFormContext } from "./form-context";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 read-only:bg-slate-100 disabled:bg-slate-100 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

type TextProps = {
  name: string;
  label: string;
  value?: string | number | null;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  lang?: "fr" | "en";
  type?: "text" | "email" | "url" | "date" | "number";
  inputMode?: "numeric" | "decimal" | "tel" | "text";
  autoComplete?: string;
  maxLength?: number;
  className?: string;
  badge?: React.ReactNode;
};

export function TextField(props: TextProps) {
  const t = useTranslations("Records.form");
  const field = useField(props.name, props.value);
  const hintId = props.hint ? `${field.id}-hint` : undefined;
  const describedBy = [hintId, field.invalid ? field.errorId : undefined].filter(Boolean).join(" ") || undefined;
  const common = {
    id: field.id,
    name: props.name,
    defaultValue: field.text,
    readOnly: field.readOnly,
    "aria-invalid": field.invalid || undefined,
    "aria-describedby": describedBy,
    "aria-required": props.required || undefined,
    lang: props.lang,
    maxLength: props.maxLength,
    className: inputClass,
  };
  return (
    <div className={props.className}>
      <label htmlFor={field.id} className="block font-medium">
        {props.label}
        {props.required && <span className="ml-1 text-sm font-normal text-slate-700">{t("requiredMark")}</span>}
        {props.badge}
      </label>
      {props.hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? "off"}
        />
      )}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** French and English side by side; an empty English beside a filled French is flagged. */
export function BilingualField(props: {
  name: string;
  labelFr: string;
  labelEn: string;
  fr?: string | null;
  en?: string | null;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
}) {
  const t = useTranslations("Records.form");
  const enField = useField(`${props.name}En`, props.en);
  const frField = useField(`${props.name}Fr`, props.fr);
  const missing = frField.text.trim() !== "" && enField.text.trim() === "";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField
        name={`${props.name}Fr`}
        label={props.labelFr}
        value={props.fr}
        required={props.required}
        multiline={props.multiline}
        rows={props.rows}
        lang="fr"
      />
      <TextField
        name={`${props.name}En`}
        label={props.labelEn}
        value={props.en}
        multiline={props.multiline}
        rows={props.rows}
        lang="en"
        badge={
          missing ? (
            <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
              {t("translationMissing")}
            </span>
          ) : null
        }
      />
    </div>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  value?: string | null;
  options: { value: string; label: string; group?: string }[];
  required?: boolean;
  className?: string;
}) {
  const field = useField(props.name, props.value);
  const groups = [...new Set(props.options.map((o) => o.group ?? ""))];
  const render = (options: typeof props.options) =>
    options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <div className={props.className}>
      <label htmlFor={field.id} className="block font-medium">
        {props.label}
      </label>
      {/* A read-only select cannot be changed but is still submitted: keep the value in a hidden input. */}
      <select
        id={field.id}
        name={field.readOnly ? undefined : props.name}
        defaultValue={field.text}
        disabled={field.readOnly}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.invalid ? field.errorId : undefined}
        className={inputClass}
      >
        {groups.length > 1
          ? groups.map((group) => (
              <optgroup key={group} label={group}>
                {render(props.options.filter((o) => (o.group ?? "") === group))}
              </optgroup>
            ))
          : render(props.options)}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function CheckboxField(props: {
  name: string;
  label: string;
  checked?: boolean;
  value?: string;
  lang?: string;
}) {
  const { submitted } = useFormContext();
  const field = useField(props.name, undefined);
  const value = props.value ?? "on";
  // After a failed save, what was submitted decides (an unchecked box is simply absent).
  const checked = submitted
    ? Array.isArray(field.value)
      ? field.value.includes(value)
      : field.value === value
    : Boolean(props.checked);
  const id = props.value ? `${field.id}-${props.value.replace(/[^a-zA-Z0-9-]/g, "")}` : field.id;
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        value={value}
        defaultChecked={checked}
        disabled={field.readOnly}
        className="mt-1 h-4 w-4 shrink-0"
      />
      <label htmlFor={id} lang={props.lang}>
        {props.label}
      </label>
    </div>
  );
}
