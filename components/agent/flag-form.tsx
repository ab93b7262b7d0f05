"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ConsoleOptions } from "./types";
import { DialogForm, FieldMessages, SelectField, fieldClass } from "./console-dialog";

type Values = { target: "service" | "organization"; reason: string; comment: string };

/** "This number doesn't work / this is wrong", for the service or its organization. */
export function FlagForm({
  options,
  errors,
  message,
  onSubmit,
  onCancel,
}: {
  options: ConsoleOptions;
  errors: Record<string, string[]>;
  message: string | null;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("Agent.flag");
  const [values, setValues] = useState<Values>({
    target: "service",
    reason: options.flagReasons[0].value,
    comment: "",
  });
  return (
    <DialogForm
      message={message}
      submitLabel={t("submit")}
      cancelLabel={t("cancel")}
      onSubmit={() => onSubmit(values)}
      onCancel={onCancel}
    >
      <fieldset>
        <legend className="font-semibold">{t("target")}</legend>
        {(["service", "organization"] as const).map((target) => (
          <label key={target} className="mr-4 inline-flex items-center gap-2">
            <input
              type="radio"
              name="flag-target"
              checked={values.target === target}
              onChange={() => setValues({ ...values, target })}
            />
            {t(target)}
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t("reason")}
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason })}
        options={options.flagReasons}
      />
      <div>
        <label htmlFor="flag-comment" className="block font-semibold">
          {t("comment")}
        </label>
        {/* One line: Enter sends the report. The dialog opens on it. */}
        <input
          type="text"
          id="flag-comment"
          maxLength={200}
          autoFocus
          className={fieldClass}
          value={values.comment}
          onChange={(event) => setValues({ ...values, comment: event.target.value })}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? "flag-comment-error" : undefined}
        />
        <FieldMessages id="flag-comment-error" messages={errors.comment} />
      </div>
    </DialogForm>
  );
}
