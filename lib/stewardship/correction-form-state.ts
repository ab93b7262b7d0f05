// What the public correction form's server action returns (useActionState): translated text.
export type CorrectionFormState = {
  status: "idle" | "sent" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, so nothing is lost on error (never the honeypot). */
  values?: { kind?: string; message?: string; email?: string };
};

export const CORRECTION_IDLE: CorrectionFormState = { status: "idle" };
