// What the organization's update form's server action returns (useActionState): translated.
import type { FormValues } from "@/lib/directory/form-data";

export type UpdateFormState = {
  status: "idle" | "sent" | "error";
  message?: string;
  /** Translated messages per dotted field name ("organization.email"). */
  fieldErrors?: Record<string, string[]>;
  /** What was submitted, so nothing typed is lost on error. */
  values?: FormValues;
};

export const UPDATE_IDLE: UpdateFormState = { status: "idle" };
