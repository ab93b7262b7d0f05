"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ConsoleOptions } from "./types";
import { DialogForm, FieldMessages, SelectField } from "./console-dialog";

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
    <DialogForm
      message={message}
      submitLabel={t("submit")}
      cancelLabel={t("cancel")}
      onSubmit={() => onSubmit({ termCode, reason })}
      onCancel={onCancel}
    >
      <SelectField
        label={t("need")}
        value={termCode}
        onChange={setTermCode}
        options={options.categories.map((category) => ({ value: category.code, label: category.name }))}
      />
      <FieldMessages id="unmet-need-error" messages={errors.termCode} />
      <SelectField label={t("reason")} value={reason} onChange={setReason} options={options.unmetReasons} />
    </DialogForm>
  );
}
