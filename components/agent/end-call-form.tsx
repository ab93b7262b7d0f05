"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ConsoleOptions } from "./types";
import { DialogForm, FieldMessages, SelectField, fieldClass } from "./console-dialog";

type Props = {
  options: ConsoleOptions;
  suggestedNeeds: string[];
  errors: Record<string, string[]>;
  message: string | null;
  onSubmit: (values: { needs: string[]; howHeard: string; note: string }) => void;
  onCancel: () => void;
};

/** Needs (suggested from what was referred), how the caller heard of 211, a short note. */
export function EndCallForm({ options, suggestedNeeds, errors, message, onSubmit, onCancel }: Props) {
  const t = useTranslations("Agent.end");
  const [needs, setNeeds] = useState<string[]>(suggestedNeeds);
  const [howHeard, setHowHeard] = useState("");
  const [note, setNote] = useState("");
  return (
    <DialogForm
      message={message}
      submitLabel={t("save")}
      cancelLabel={t("cancel")}
      onSubmit={() => onSubmit({ needs, howHeard, note })}
      onCancel={onCancel}
    >
      <fieldset>
        <legend className="font-semibold">{t("needs")}</legend>
        <div className="mt-1 grid max-h-56 grid-cols-2 gap-1 overflow-y-auto text-sm">
          {options.categories.map((category) => (
            <label key={category.code} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={needs.includes(category.code)}
                onChange={(event) =>
                  setNeeds((list) =>
                    event.target.checked ? [...list, category.code] : list.filter((code) => code !== category.code),
                  )
                }
              />
              {category.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label={t("howHeard")}
        value={howHeard}
        onChange={setHowHeard}
        options={options.howHeard}
        none={t("howHeardNone")}
      />
      <div>
        <label htmlFor="end-note" className="block font-semibold">
          {t("note")}
        </label>
        {/* One line: Enter saves the call. The dialog opens on it. */}
        <input
          type="text"
          id="end-note"
          name="note"
          maxLength={200}
          autoFocus
          className={fieldClass}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "end-note-error" : undefined}
        />
        <FieldMessages id="end-note-error" messages={errors.note} />
      </div>
    </DialogForm>
  );
}
