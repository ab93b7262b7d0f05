// Canada Post rules: no D, F, I, O, Q or U anywhere, and no W or Z as the first letter.
const CANADIAN = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$/;

/** "g1k1a1", "G1K-1A1" → "G1K 1A1"; null when it is not a valid Canadian postal code. */
export function normalizePostalCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  if (!CANADIAN.test(compact)) return null;
  return `${compact.slice(0, 3)} ${compact.slice(3)}`;
}
