// A year of believable, anonymous call history for the demo (issue #10): volume by month,
// weekday and hour, seasonal needs (lib: call-seasons.ts), referrals to services of the
// caller's area, and unmet needs where the directory is thin for that need and MRC.
// Deterministic: the same seed and directory give the same calls.
import {
  AGE_GROUPS,
  HOUR_WEIGHTS,
  HOW_HEARD,
  LANGUAGES,
  MONTH_VOLUME,
  NOTES,
  ROOT_NEEDS,
  SEASONAL,
} from "./call-seasons";
import type { Random } from "./random";

export type CallReference = {
  /** Taxonomy terms by code. */
  terms: Map<string, string>;
  municipalities: { id: string; mrc: string; regionCode: string; population: number }[];
  /** Active services by root need, with their MRC. */
  services: Map<string, { id: string; mrc: string; regionCode: string }[]>;
  agentIds: string[];
};

export type CallRows = {
  call: {
    id: string;
    agent_id: string | null;
    started_at: string;
    ended_at: string;
    municipality_id: string | null;
    mrc: string | null;
    region_code: string | null;
    language: string;
    age_group: string;
    how_heard: string | null;
    note: string | null;
  }[];
  callNeed: { call_id: string; taxonomy_term_id: string }[];
  callReferral: { call_id: string; service_id: string; created_at: string }[];
  callUnmetNeed: { id: string; call_id: string; taxonomy_term_id: string; reason: string }[];
  callEmptySearch: { id: string; call_id: string; query: string; created_at: string }[];
};

const DAY = 86_400_000;
/** The year of history ends the day after the seed epoch's month (2025-12-01 … 2026-11-30). */
export const CALLS_FROM = Date.UTC(2025, 11, 1);
export const CALL_DAYS = 365;

const offsetCache = new Map<string, number>();
/** Hours behind UTC in Québec on that date (5 in winter, 4 in summer). */
function torontoOffset(date: Date) {
  const key = date.toISOString().slice(0, 10);
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: "America/Toronto", timeZoneName: "shortOffset" })
      .formatToParts(new Date(date.getTime() + 12 * 3_600_000))
      .find((part) => part.type === "timeZoneName")?.value;
    offset = -Number(name?.replace("GMT", "") || -5);
    offsetCache.set(key, offset);
  }
  return offset;
}

function needWeights(month: number, terms: Map<string, string>) {
  const weights = new Map<string, number>(Object.entries(ROOT_NEEDS));
  for (const [code, byMonth] of SEASONAL) {
    const factor = byMonth[month - 1] ?? 1;
    if (!code.includes(".")) weights.set(code, (weights.get(code) ?? 0) * factor);
    // A precise seasonal need takes its share on top of its root.
    else if (terms.has(code)) weights.set(code, (ROOT_NEEDS[code.split(".")[0]!] ?? 1) * 0.35 * factor);
  }
  return [...weights.entries()].filter(([code, weight]) => weight > 0 && terms.has(code));
}

const pickWeighted = <T>(random: Random, pairs: readonly [T, number][]) =>
  random.weighted(
    pairs.map(([value]) => value),
    pairs.map(([, weight]) => weight),
  );

export function generateCalls(random: Random, ref: CallReference, total: number): CallRows {
  const rows: CallRows = { call: [], callNeed: [], callReferral: [], callUnmetNeed: [], callEmptySearch: [] };
  const weekdays: Date[] = [];
  for (let d = 0; d < CALL_DAYS; d++) {
    const day = new Date(CALLS_FROM + d * DAY);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) weekdays.push(day);
  }
  const dayWeights = weekdays.map((day) => MONTH_VOLUME[day.getUTCMonth()]! * (0.85 + random.float() * 0.3));
  const townWeights = ref.municipalities.map((m) => Math.sqrt(m.population + 200));
  const supply = new Map<string, number>(); // "ROOT|MRC" → services
  for (const [root, list] of ref.services)
    for (const s of list) supply.set(`${root}|${s.mrc}`, (supply.get(`${root}|${s.mrc}`) ?? 0) + 1);
  const monthNeeds = Array.from({ length: 12 }, (_, m) => needWeights(m + 1, ref.terms));

  for (let i = 0; i < total; i++) {
    const day = random.weighted(weekdays, dayWeights);
    const hour = pickWeighted(random, HOUR_WEIGHTS);
    const start = day.getTime() + (hour + torontoOffset(day)) * 3_600_000 + random.int(0, 3_599) * 1000;
    const minutes = 1.5 + Math.min(25, -Math.log(1 - random.float()) * 5);
    const id = random.uuid();
    const town = random.weighted(ref.municipalities, townWeights);
    const placeKind = random.float(); // 82% municipality, 11% MRC only, 7% not given
    const month = day.getUTCMonth();
    const needs = new Set<string>([pickWeighted(random, monthNeeds[month]!)]);
    if (random.chance(0.28)) needs.add(pickWeighted(random, monthNeeds[month]!));
    const language = pickWeighted(random, LANGUAGES);
    rows.call.push({
      id,
      agent_id: ref.agentIds.length ? random.pick(ref.agentIds) : null,
      started_at: new Date(start).toISOString(),
      ended_at: new Date(start + minutes * 60_000).toISOString(),
      municipality_id: placeKind < 0.82 ? town.id : null,
      mrc: placeKind < 0.93 ? town.mrc : null,
      region_code: placeKind < 0.93 ? town.regionCode : null,
      language,
      age_group: pickWeighted(random, AGE_GROUPS),
      how_heard: pickWeighted(random, HOW_HEARD),
      note: random.chance(0.04) ? random.pick(NOTES) : null,
    });
    let minute = 1;
    for (const code of needs) {
      rows.callNeed.push({ call_id: id, taxonomy_term_id: ref.terms.get(code)! });
      const root = code.split(".")[0]!;
      const local = supply.get(`${root}|${town.mrc}`) ?? 0;
      // Thin directory, more unmet needs: ~40% where nothing exists nearby, ~6% where much does.
      const unmet = random.chance(0.04 + 0.36 / (1 + local / 2));
      const at = new Date(start + minute++ * 45_000).toISOString();
      if (unmet) {
        const reason =
          local === 0
            ? pickWeighted(random, [
                ["no_resource", 6],
                ["too_far", 3],
                ["other", 1],
              ] as [string, number][])
            : pickWeighted(random, [
                ["waiting_list", 4],
                ["not_eligible", 4],
                ["closed", 2],
                ["too_far", 1],
                ["other", 1],
              ] as [string, number][]);
        rows.callUnmetNeed.push({ id: random.uuid(), call_id: id, taxonomy_term_id: ref.terms.get(code)!, reason });
        if (random.chance(0.3))
          rows.callEmptySearch.push({
            id: random.uuid(),
            call_id: id,
            query: code.toLowerCase().replaceAll(".", " "),
            created_at: at,
          });
        continue;
      }
      const candidates = ref.services.get(root) ?? [];
      const near = candidates.filter((s) => s.mrc === town.mrc);
      const pool = near.length ? near : candidates.filter((s) => s.regionCode === town.regionCode);
      if (!pool.length) continue;
      const count = random.weighted([1, 2, 3], [6, 3, 1]);
      for (const service of random.sample(pool, count)) {
        rows.callReferral.push({ call_id: id, service_id: service.id, created_at: at });
      }
    }
  }
  // Several needs may pick the same service: one referral each.
  const seen = new Set<string>();
  rows.callReferral = rows.callReferral.filter((r) => {
    const key = `${r.call_id}|${r.service_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return rows;
}
