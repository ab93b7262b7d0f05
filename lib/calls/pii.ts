// Law 25: the call log must hold no personal information. Free text (the call's note, a
// flag's comment, the words of a search that found nothing) is refused when it looks like a
// phone number, an email address, a full postal code or a RAMQ health-insurance number.
// Deliberately broad: a false refusal costs the agent a rewording, a miss costs privacy.

export type PiiKind = "phone" | "email" | "postalCode" | "healthInsurance";

const PATTERNS: [PiiKind, RegExp][] = [
  ["email", /[^\s@]+@[^\s@]+\.[^\s@]{2,}/],
  // RAMQ: 4 letters (name, first name) + 8 digits, often written in groups ("TREM 1234 5678").
  ["healthInsurance", /\b[A-Z]{4}[\s-]?\d{4}[\s-]?\d{4}\b/i],
  // A full Canadian postal code (the first three characters alone identify nobody).
  ["postalCode", /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b/i],
];

/** Seven or more digits, however they are separated ("418 555-0123", "(418)5550123", "555.0123"). */
function looksLikePhone(text: string) {
  for (const run of text.match(/[+(]?\d[\d\s().-]{5,}\d/g) ?? []) {
    if (run.replace(/\D/g, "").length >= 7) return true;
  }
  return false;
}

/** The kind of personal information `text` seems to contain, or null. */
export function findPii(text: string): PiiKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return looksLikePhone(text) ? "phone" : null;
}

/** Message keys of "Calls.validation", one per kind. */
export const PII_MESSAGE: Record<PiiKind, string> = {
  phone: "piiPhone",
  email: "piiEmail",
  postalCode: "piiPostalCode",
  healthInsurance: "piiHealthInsurance",
};
