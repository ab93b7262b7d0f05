import type { SearchQuery } from "./types";

// An exact cache of search results (issue #14): an entry is served only within the epoch it
// was computed in. The epoch changes when any search document changes (the generation, bumped
// on every instance by lib/search/search-changes.ts) and at every minute, because a result
// says which services are open now. A result computed while the epoch moved is not kept.

export type Epoch = string;

/** The epoch of `generation` at `now` (ms): a UTC minute starts when a Québec minute does. */
export function epochOf(generation: number, now: number): Epoch {
  return `${generation}:${Math.floor(now / 60_000)}`;
}

/** Everything that shapes a result, in a fixed order; categories in any order are one search. */
export function cacheKey(engine: string, query: SearchQuery): string {
  return JSON.stringify([
    engine,
    query.locale,
    query.q.trim(),
    [...query.categories].sort(),
    query.region ?? null,
    query.municipality ?? null,
    query.language ?? null,
    query.accessible ?? null,
    query.free ?? null,
    query.age ?? null,
    query.openNow ?? null,
    query.near ? [query.near.lat, query.near.lng, query.near.label] : null,
    query.radiusKm ?? null,
    query.page,
    query.perPage,
  ]);
}

/** Least recently used first out, bounded in entries; one epoch at a time. */
export class ResultCache<T> {
  private epoch: Epoch | null = null;
  private readonly entries = new Map<string, T>();

  constructor(readonly capacity: number) {}

  get size() {
    return this.entries.size;
  }

  get(key: string, epoch: Epoch): T | undefined {
    this.enter(epoch);
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps `value` only if it was computed in `epoch` and that epoch is still the current one. */
  set(key: string, value: T, computedIn: Epoch, current: Epoch) {
    if (computedIn !== current) return;
    this.enter(current);
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  private enter(epoch: Epoch) {
    if (epoch === this.epoch) return;
    this.entries.clear();
    this.epoch = epoch;
  }
}
