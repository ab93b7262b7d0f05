// Where things are: neighbourhood or MRC names for "{area}", street addresses, postal codes
// and coordinates. Urban addresses use one of their town's own FSAs and sit near its centroid,
// so "near G6V" finds services that really are in G6V.
import { NEIGHBOURHOODS, STREET_NAMES } from "./data/content";
import { MUNICIPALITIES, type MunicipalitySeed } from "./data/municipalities";
import { postalPrefixForMunicipality } from "./data/postal-prefixes";
import type { Context } from "./context";

// NEIGHBOURHOODS lists Québec's first, then Lévis's (from "Desjardins" on).
const LEVIS_START = NEIGHBOURHOODS.indexOf("Desjardins");
const NEIGHBOURHOODS_BY_TOWN: Record<string, string[]> = {
  Québec: LEVIS_START > 0 ? NEIGHBOURHOODS.slice(0, LEVIS_START) : NEIGHBOURHOODS,
  Lévis: LEVIS_START > 0 ? NEIGHBOURHOODS.slice(LEVIS_START) : [],
};

export const MUNICIPALITIES_BY_MRC = MUNICIPALITIES.reduce((map, m) => {
  map.set(m.mrc, [...(map.get(m.mrc) ?? []), m]);
  return map;
}, new Map<string, MunicipalitySeed[]>());

/** A neighbourhood in the two cities, otherwise the MRC (or the town when it is its own territory). */
export function areaName(ctx: Context, town: MunicipalitySeed) {
  const neighbourhoods = NEIGHBOURHOODS_BY_TOWN[town.name];
  if (neighbourhoods && neighbourhoods.length > 0) return ctx.random.pick(neighbourhoods);
  if (town.mrc.startsWith("Agglomération") || town.mrc === town.name) return town.name;
  return town.mrc;
}

export function neighbourhoodOrTown(ctx: Context, town: MunicipalitySeed) {
  const neighbourhoods = NEIGHBOURHOODS_BY_TOWN[town.name];
  return neighbourhoods && neighbourhoods.length > 0 ? ctx.random.pick(neighbourhoods) : town.name;
}

// Letters Canada Post uses in postal codes (never D, F, I, O, Q, U).
const POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

// tsx keeps function names by wrapping every inner arrow function on each call, which
// costs more than the work itself at 200,000 services: hot paths here use plain functions.
const rural = new Map<string, string>();
function ruralPrefix(town: string) {
  let prefix = rural.get(town);
  if (!prefix) rural.set(town, (prefix = postalPrefixForMunicipality(town)));
  return prefix;
}

export function streetAddress(ctx: Context, town: MunicipalitySeed) {
  const { random } = ctx;
  const urban = ctx.ref.fsasByMunicipality.get(town.name) ?? [];
  const fsa = urban.length > 0 ? random.pick(urban) : null;
  // Villages are small: keep their points closer to the centre than a city's.
  const spread = fsa ? 0.012 : 0.006;
  const civic = fsa ? random.int(10, 2999) : random.int(1, 899);
  const street = random.pick(STREET_NAMES);
  const prefix = fsa ? fsa.fsa : ruralPrefix(town.name);
  const ldu = `${random.int(0, 9)}${POSTAL_LETTERS[random.int(0, POSTAL_LETTERS.length - 1)]}${random.int(0, 9)}`;
  return {
    address1: `${civic} ${street}`,
    postalCode: `${prefix} ${ldu}`,
    latitude: round((fsa ? fsa.lat : town.lat) + (random.float() * 2 - 1) * spread),
    longitude: round((fsa ? fsa.lng : town.lng) + (random.float() * 2 - 1) * spread * 1.4),
  };
}

function round(x: number) {
  return Math.round(x * 1e5) / 1e5;
}
