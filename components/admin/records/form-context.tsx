"use client";

import { createContext, useContext } from "react";
import type { FormValues } from "@/lib/directory/form-data";
import { getPath } from "@/lib/directory/form-data";

type FormContextValue = {
  /** What was submitted last, when the save failed: it wins over the record's values. */
  submitted?: FormValues;
  errors: Record<string, string[]>;
  readOnly: boolean;
  idPrefix: string;
};

const FormContext = createContext<FormContextValue>({ errors: {}, readOnly: false, idPrefix: "f" });

export const RecordFormProvider = FormContext.Provider;

export const fieldId = (idPrefix: string, name: string) => `${idPrefix}-${name.replaceAll(".", "-")}`;

/** Everything an input needs: id, value to start from, its errors and the aria wiring. */
export function useField(name: string, recordValue: unknown) {
  const { submitted, errors, readOnly, idPrefix } = useContext(FormContext);
  const id = fieldId(idPrefix, name);
  const fieldErrors = errors[name] ?? [];
  const raw = submitted ? getPath(submitted, name) : recordValue;
  return {
    id,
    readOnly,
    errors: fieldErrors,
    errorId: `${id}-error`,
    value: raw,
    text: raw === null || raw === undefined ? "" : Array.isArray(raw) ? raw.join(", ") : String(raw),
    invalid: fieldErrors.length > 0,
  };
}

export function useFormContext() {
  return useContext(FormContext);
}
