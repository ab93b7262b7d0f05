"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { getPath } from "@/lib/directory/form-data";
import { useFormContext } from "./form-context";
import { SelectField, TextField } from "./fields";

export type PhoneDefaults = {
  number: string;
  extension: string | null;
  type: string;
  descriptionFr: string | null;
  descriptionEn: string | null;
};

const TYPES = ["voice", "toll_free", "fax", "text", "tty"] as const;

/**
 * One row per phone plus an empty one (which is how a phone is added without JavaScript);
 * with JavaScript, rows can also be added and removed in place.
 */
export function PhonesEditor({ name = "phones", phones }: { name?: string; phones: PhoneDefaults[] }) {
  const t = useTranslations("Records");
  const { submitted, readOnly } = useFormContext();
  const submittedRows = submitted ? ((getPath(submitted, name) as unknown[] | undefined)?.length ?? 0) : 0;
  const initial = Math.max(submitted ? submittedRows : phones.length + (readOnly ? 0 : 1), readOnly ? 0 : 1);
  const [rows, setRows] = useState(() => Array.from({ length: initial }, (_, i) => i));
  const [next, setNext] = useState(initial);

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{t("fields.phones")}</legend>
      {!readOnly && <p className="text-sm text-slate-700">{t("form.phoneHint")}</p>}
      {rows.map((key, index) => {
        const phone = phones[key];
        const base = `${name}.${index}`;
        return (
          <div
            key={key}
            className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[2fr_1fr_1.5fr_2fr_2fr_auto]"
          >
            <TextField
              name={`${base}.number`}
              label={t("form.phone", { n: index + 1 })}
              value={phone?.number}
              inputMode="tel"
            />
            <TextField
              name={`${base}.extension`}
              label={t("fields.extension")}
              value={phone?.extension}
              inputMode="numeric"
            />
            <SelectField
              name={`${base}.type`}
              label={t("fields.type")}
              value={phone?.type ?? "voice"}
              options={TYPES.map((type) => ({ value: type, label: t(`form.phoneTypes.${type}`) }))}
            />
            <TextField
              name={`${base}.descriptionFr`}
              label={t("form.descriptionFr")}
              value={phone?.descriptionFr}
              lang="fr"
            />
            <TextField
              name={`${base}.descriptionEn`}
              label={t("form.descriptionEn")}
              value={phone?.descriptionEn}
              lang="en"
            />
            {!readOnly && (
              <button
                type="button"
                onClick={() => setRows(rows.filter((row) => row !== key))}
                className="self-end rounded-md border border-slate-500 px-3 py-2 text-sm hover:bg-slate-100"
                aria-label={`${t("form.removePhone")} (${index + 1})`}
              >
                {t("form.removePhone")}
              </button>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <button
          type="button"
          onClick={() => {
            setRows([...rows, next]);
            setNext(next + 1);
          }}
          className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("form.addPhone")}
        </button>
      )}
    </fieldset>
  );
}
