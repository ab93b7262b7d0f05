"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ConsoleOptions } from "./types";
import { FieldMessages, fieldClass, primaryButton, secondaryButton } from "./console-dialog";

/** A need the agent could not meet, and why. */
export function UnmetForm({
  options,
  initialNeed,
  errors,
  message,
  onSubmit,
  onCancel,
}: {
  options: ConsoleOptions;
  initialNeed: string | null;
  errors: Record<string, string[]>;
  message: string | null;
  onSubmit: (values: { termCode: string; reason: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("Agent.unmet");
  const [termCode, setTermCode] = useState(initialNeed ?? options.categories[0]?.code ?? "");
  const [reason, setReason] = useState<string>(options.unmetReasons[0].value);
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ termCode, reason });
      }}
    >
      {message && (
        <p role="alert" className="font-medium text-red-800">
          {message}
        </p>
      )}
      <label className="block font-semibold">
        {t("need")}
        <select className={fieldClass} value={termCode} onChange={(event) => setTermCode(event.target.value)}>
          {options.categories.map((category) => (
            <option key={category.code} value={category.code}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      <FieldMessages id="unmet-need-error" messages={errors.termCode} />
      <label className="block font-semibold">
        {t("reason")}
        <select className={fieldClass} value={reason} onChange={(event) => setReason(event.target.value)}>
          {options.unmetReasons.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-2">
        <button type="submit" className={primaryButton}>
          {t("submit")}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
