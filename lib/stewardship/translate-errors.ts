import type { FieldErrors } from "@/lib/errors";
import { stewardshipTranslator } from "./translator";

/** Message keys of "Stewardship.validation" → the messages, field by field, in `locale`. */
export function translateFieldErrors(fieldErrors: FieldErrors, locale: string) {
  const t = stewardshipTranslator(locale, "Stewardship.validation");
  const out: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(fieldErrors))
    out[field] = keys.map((key) => (t.has(key as never) ? t(key as never) : t("invalid")));
  return out;
}
