// Seeded pseudo-random numbers for the demo directory. Everything the generator produces —
// ids included — comes from one of these, so the same seed always yields the same rows.

/** mulberry32: tiny, fast, good enough for synthetic data (not for anything secret). Yields 32-bit words. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Every 16-bit value as four hex digits. */
const HEX4 = Array.from({ length: 0x10000 }, (_, i) => i.toString(16).padStart(4, "0"));

export class Random {
  private readonly word: () => number;

  constructor(seed: number) {
    this.word = mulberry32(seed);
  }

  private next() {
    return this.word() / 4294967296;
  }

  /** Uniform in [0, 1). */
  float() {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number) {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A version-4-shaped UUID from 128 pseudo-random bits (deterministic, unlike crypto's). */
  uuid() {
    // Hot path (millions of calls for the benchmark directory): table look-ups, no closures.
    const a = this.word();
    const b = this.word();
    const c = this.word();
    const d = this.word();
    return (
      HEX4[a >>> 16]! +
      HEX4[a & 0xffff]! +
      "-" +
      HEX4[b >>> 16]! +
      "-" +
      HEX4[(b & 0x0fff) | 0x4000]! +
      "-" +
      HEX4[((c >>> 16) & 0x3fff) | 0x8000]! +
      "-" +
      HEX4[c & 0xffff]! +
      HEX4[d >>> 16]! +
      HEX4[d & 0xffff]!
    );
  }

  /** Four lower-case hex characters, used to keep slugs unique and readable. */
  shortId() {
    return HEX4[this.word() & 0xffff]!;
  }
}
