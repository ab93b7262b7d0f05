// North American numbers, stored in one display format so that staff, the public site and
// exports agree: "418 555-0123", "1 800 555-0199"; the extension is kept apart.

export type NormalizedPhone = { number: string; extension: string | null };

// "poste 12", "p. 12", "ext. 12", "x12", "#12" at the end of what was typed.
const EXTENSION = /(?:,|;)?\s*(?:poste|post\.?|p\.|ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
// N11 service codes (211, 811 …) are dialled as-is.
const SERVICE_CODE = /^[2-9]11$/;
const TOLL_FREE = /^8(00|33|44|55|66|77|88)/;

/** Returns null when the text is not a dialable North American number. */
export function normalizePhone(input: string): NormalizedPhone | null {
  let text = input.trim();
  let extension: string | null = null;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  if (/[^\d\s().+\-/]/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (SERVICE_CODE.test(digits) && !extension) return { number: digits, extension: null };
  if (digits.length === 10 && isNanp(digits)) return { number: format10(digits), extension };
  if (digits.length === 11 && digits.startsWith("1") && isNanp(digits.slice(1))) {
    const ten = digits.slice(1);
    // The leading 1 is kept only where people dial it: toll-free numbers.
    return { number: TOLL_FREE.test(ten) ? `1 ${format10(ten)}` : format10(ten), extension };
  }
  return null;
}

// Area code and exchange cannot start with 0 or 1.
const isNanp = (ten: string) => /^[2-9]\d\d[2-9]\d{6}$/.test(ten);
const format10 = (ten: string) => `${ten.slice(0, 3)} ${ten.slice(3, 6)}-${ten.slice(6)}`;

/** "418 555-0123, poste 12" in French, "418 555-0123, ext. 12" in English. */
export function formatPhone(number: string, extension: string | null | undefined, locale: "fr" | "en"): string {
  if (!extension) return number;
  return `${number}, ${locale === "fr" ? "poste" : "ext."} ${extension}`;
}

/** The value of a tel: link ("+14185550123,12"): the comma makes phones dial the extension. */
export function telHref(number: string, extension?: string | null): string {
  const digits = number.replace(/\D/g, "");
  const full = digits.length === 10 ? `+1${digits}` : digits.length === 11 ? `+${digits}` : digits;
  return `tel:${full}${extension ? `,${extension}` : ""}`;
}
