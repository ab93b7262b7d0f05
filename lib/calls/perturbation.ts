// Cross-query protection of the call statistics (issue #10), by the cell-key method that
// statistical offices use for table builders (e.g. the Australian Bureau of Statistics): a
// supervisor can ask any period and any territory, so two answers could be subtracted — all
// of March minus March 1–30 is March 31 — and give back a count of 1 to 4 that each answer
// alone hides. So every published count of 5 or more carries a small offset (−2…+2) drawn
// from the calls it counts: each call has a fixed pseudo-random key (from its random id,
// never shown), a cell's key is the sum of its calls' keys, and the offset is read from a
// fixed table at that key. The same calls always give the same number (asking again teaches
// nothing), two different sets of calls get unrelated offsets, so a difference of two answers
// is the hidden count plus an unknown −4…+4. Zero stays zero; 1–4 is still shown as "< 5".
// Suppression within a table (lib/calls/suppression.ts) is decided on the true counts first.

export const KEY_SPACE = 256;

/** The offset at each cell key: −2, −1, 0, +1, +2 on 26, 51, 102, 51, 26 of the 256 keys (10/20/40/20/10 %, mean 0), spread over the keys. */
const OFFSETS: readonly number[] = Array.from({ length: KEY_SPACE }, (_, key) => {
  const rank = (key * 167 + 89) % KEY_SPACE; // a fixed permutation of the keys
  return rank < 26 ? -2 : rank < 77 ? -1 : rank < 179 ? 0 : rank < 230 ? 1 : 2;
});

export const MAX_OFFSET = 2;

/** The published value of a count whose calls' keys sum to `key` (counts of 1–4 are suppressed elsewhere). */
export function perturb(count: number, key: number): number {
  if (count < 5) return count;
  return Math.max(5, count + OFFSETS[((key % KEY_SPACE) + KEY_SPACE) % KEY_SPACE]);
}

/** The key of a cell made of other cells (a total): the calls are the union, so the keys add. */
export function combinedKey(keys: readonly number[]): number {
  return keys.reduce((sum, key) => (sum + key) % KEY_SPACE, 0);
}

/** The offsets table, for tests: its distribution and its mean. */
export const offsetsForTest = OFFSETS;
