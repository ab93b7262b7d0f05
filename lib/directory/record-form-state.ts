// What a record form's server action returns (useActionState): already translated, so the
// client only displays. `values` is what was submitted, so nothing typed is lost on error.
import type { FormValues } from "./form-data";

export type RecordFormState = {
  status: "idle" | "saved" | "error";
  message?: string;
  /** Translated messages per dotted field name; "" is the whole form. */
  fieldErrors?: Record<string, string[]>;
  values?: FormValues;
  /** Set when someone else saved first: the form offers to reload. */
  conflict?: boolean;
  /** The version to submit next (after a successful save). */
  version?: number;
  /** Records the new one may duplicate (open data, issue #13): listed before saving, translated. */
  duplicates?: {
    heading: string;
    confirm: string;
    records: { id: string; name: string; href: string; score: string; reasons: string[] }[];
  };
  /** Bumped on every response, so the client can move focus even when the text repeats. */
  nonce?: number;
};

export const IDLE: RecordFormState = { status: "idle" };
