/**
 * Canada Post forward sortation areas (FSA, first 3 characters of a postal
 * code) of Capitale-Nationale and Chaudière-Appalaches, with an approximate
 * centroid. Urban FSAs point to the municipality they serve; the rural FSAs
 * (second character "0": G0A, G0R, G0S, G0M, G0N, G0T) cover many small
 * municipalities at once and are listed once, attached to a representative
 * municipality, and mapped by MRC in RURAL_FSA_BY_MRC.
 *
 * Coordinates are approximate and only used to pick a plausible FSA.
 */
import { MUNICIPALITIES, type MunicipalitySeed } from "./municipalities";

export type PostalPrefixSeed = {
  fsa: string;
  lat: number;
  lng: number;
  /** must equal a MUNICIPALITIES name */
  municipality: string;
};

export const POSTAL_PREFIXES: PostalPrefixSeed[] = [
  // Ville de Québec
  { fsa: "G1A", lat: 46.8085, lng: -71.2145, municipality: "Québec" }, // colline Parlementaire
  { fsa: "G1B", lat: 46.8835, lng: -71.2005, municipality: "Québec" }, // Beauport nord (Courville, Villeneuve)
  { fsa: "G1C", lat: 46.879, lng: -71.151, municipality: "Québec" }, // Beauport est, Montmorency
  { fsa: "G1E", lat: 46.8555, lng: -71.1985, municipality: "Québec" }, // Giffard, Beauport ouest
  { fsa: "G1G", lat: 46.8705, lng: -71.2445, municipality: "Québec" }, // Charlesbourg est
  { fsa: "G1H", lat: 46.8795, lng: -71.2705, municipality: "Québec" }, // Charlesbourg, Orsainville
  { fsa: "G1J", lat: 46.8385, lng: -71.2225, municipality: "Québec" }, // Maizerets, Limoilou est
  { fsa: "G1K", lat: 46.8145, lng: -71.2245, municipality: "Québec" }, // Saint-Roch, Vieux-Port
  { fsa: "G1L", lat: 46.8315, lng: -71.2385, municipality: "Québec" }, // Vieux-Limoilou
  { fsa: "G1M", lat: 46.8165, lng: -71.2625, municipality: "Québec" }, // Vanier
  { fsa: "G1N", lat: 46.8195, lng: -71.2895, municipality: "Québec" }, // Duberger
  { fsa: "G1P", lat: 46.8135, lng: -71.3175, municipality: "Québec" }, // Les Saules
  { fsa: "G1R", lat: 46.8075, lng: -71.2175, municipality: "Québec" }, // Vieux-Québec, Saint-Jean-Baptiste
  { fsa: "G1S", lat: 46.7965, lng: -71.2375, municipality: "Québec" }, // Montcalm, Sillery est
  { fsa: "G1T", lat: 46.7815, lng: -71.2575, municipality: "Québec" }, // Sillery
  { fsa: "G1V", lat: 46.7765, lng: -71.2865, municipality: "Québec" }, // Sainte-Foy, secteur université
  { fsa: "G1W", lat: 46.7645, lng: -71.3045, municipality: "Québec" }, // Sainte-Foy sud
  { fsa: "G1X", lat: 46.7745, lng: -71.3265, municipality: "Québec" }, // Sainte-Foy ouest
  { fsa: "G1Y", lat: 46.7535, lng: -71.3545, municipality: "Québec" }, // Cap-Rouge
  { fsa: "G2A", lat: 46.8705, lng: -71.3655, municipality: "Québec" }, // Loretteville
  { fsa: "G2B", lat: 46.8485, lng: -71.3405, municipality: "Québec" }, // Neufchâtel ouest
  { fsa: "G2C", lat: 46.8925, lng: -71.3775, municipality: "Québec" }, // Lac-Saint-Charles
  { fsa: "G2G", lat: 46.7905, lng: -71.3325, municipality: "Québec" }, // Champigny, Sainte-Foy nord
  { fsa: "G2J", lat: 46.8525, lng: -71.3085, municipality: "Québec" }, // Neufchâtel est
  { fsa: "G2K", lat: 46.8415, lng: -71.2835, municipality: "Québec" }, // Lebourgneuf
  { fsa: "G2L", lat: 46.8865, lng: -71.2915, municipality: "Québec" }, // Charlesbourg ouest
  { fsa: "G2M", lat: 46.9015, lng: -71.2745, municipality: "Québec" }, // Charlesbourg nord
  { fsa: "G2N", lat: 46.9185, lng: -71.3125, municipality: "Québec" }, // Notre-Dame-des-Laurentides
  { fsa: "G3J", lat: 46.8695, lng: -71.4185, municipality: "Québec" }, // Val-Bélair
  { fsa: "G3K", lat: 46.8525, lng: -71.4405, municipality: "Québec" }, // Val-Bélair ouest
  // Agglomération, couronne nord, Portneuf, Charlevoix
  { fsa: "G2E", lat: 46.7965, lng: -71.3565, municipality: "L'Ancienne-Lorette" },
  { fsa: "G3A", lat: 46.7405, lng: -71.4585, municipality: "Saint-Augustin-de-Desmaures" },
  { fsa: "G3B", lat: 46.9585, lng: -71.2865, municipality: "Lac-Beauport" },
  { fsa: "G3C", lat: 46.9985, lng: -71.3705, municipality: "Stoneham-et-Tewkesbury" },
  { fsa: "G3N", lat: 46.8505, lng: -71.6185, municipality: "Sainte-Catherine-de-la-Jacques-Cartier" },
  { fsa: "G3H", lat: 46.7545, lng: -71.6965, municipality: "Pont-Rouge" },
  { fsa: "G3M", lat: 46.6745, lng: -71.7315, municipality: "Donnacona" },
  { fsa: "G3L", lat: 46.8995, lng: -71.8365, municipality: "Saint-Raymond" },
  { fsa: "G3Z", lat: 47.4405, lng: -70.4985, municipality: "Baie-Saint-Paul" },
  { fsa: "G4A", lat: 47.6855, lng: -70.2285, municipality: "Clermont" },
  { fsa: "G5A", lat: 47.6545, lng: -70.1535, municipality: "La Malbaie" },
  // Lévis
  { fsa: "G6V", lat: 46.8025, lng: -71.1775, municipality: "Lévis" }, // Lévis (Desjardins), Lauzon
  { fsa: "G6W", lat: 46.7555, lng: -71.2305, municipality: "Lévis" }, // Saint-Romuald
  { fsa: "G6X", lat: 46.7155, lng: -71.2605, municipality: "Lévis" }, // Charny, Breakeyville
  { fsa: "G6Y", lat: 46.7705, lng: -71.1205, municipality: "Lévis" }, // Pintendre, secteur est
  { fsa: "G6Z", lat: 46.7155, lng: -71.2005, municipality: "Lévis" }, // Saint-Jean-Chrysostome
  { fsa: "G6J", lat: 46.6605, lng: -71.3205, municipality: "Lévis" }, // Saint-Étienne-de-Lauzon
  { fsa: "G7A", lat: 46.7005, lng: -71.3505, municipality: "Lévis" }, // Saint-Nicolas, Saint-Rédempteur
  // Villes-centres de Chaudière-Appalaches
  { fsa: "G5Y", lat: 46.1255, lng: -70.6855, municipality: "Saint-Georges" },
  { fsa: "G5Z", lat: 46.1105, lng: -70.6505, municipality: "Saint-Georges" },
  { fsa: "G5X", lat: 46.2125, lng: -70.7775, municipality: "Beauceville" },
  { fsa: "G6E", lat: 46.4375, lng: -71.0125, municipality: "Sainte-Marie" },
  { fsa: "G6G", lat: 46.0985, lng: -71.2985, municipality: "Thetford Mines" },
  { fsa: "G6H", lat: 46.0805, lng: -71.3205, municipality: "Thetford Mines" },
  { fsa: "G5V", lat: 46.9805, lng: -70.5555, municipality: "Montmagny" },
  // FSA rurales (un seul enregistrement chacune, municipalité représentative)
  { fsa: "G0A", lat: 46.9658, lng: -71.0311, municipality: "Château-Richer" },
  { fsa: "G0T", lat: 47.8419, lng: -69.8775, municipality: "Saint-Siméon" },
  { fsa: "G0R", lat: 46.6267, lng: -70.9714, municipality: "Saint-Anselme" },
  { fsa: "G0S", lat: 46.5831, lng: -71.0861, municipality: "Saint-Isidore" },
  { fsa: "G0M", lat: 46.0594, lng: -70.9464, municipality: "Saint-Éphrem-de-Beauce" },
  { fsa: "G0N", lat: 45.9036, lng: -71.3497, municipality: "Disraeli" },
];

/**
 * Rural FSA used by municipalities of each MRC that have no FSA of their own.
 * (Approximation: a few border municipalities actually use a neighbouring
 * rural FSA.)
 */
export const RURAL_FSA_BY_MRC: Record<string, string> = {
  "Agglomération de Québec": "G0A",
  "La Côte-de-Beaupré": "G0A",
  "L'Île-d'Orléans": "G0A",
  "La Jacques-Cartier": "G0A",
  Portneuf: "G0A",
  Charlevoix: "G0A",
  "Charlevoix-Est": "G0T",
  Lévis: "G0S",
  "Beauce-Sartigan": "G0M",
  "Beauce-Centre": "G0S",
  "La Nouvelle-Beauce": "G0S",
  "Les Etchemins": "G0R",
  Bellechasse: "G0R",
  Lotbinière: "G0S",
  "Les Appalaches": "G0N",
  Montmagny: "G0R",
  "L'Islet": "G0R",
};

function distanceSq(aLat: number, aLng: number, bLat: number, bLng: number): number {
  // Equirectangular approximation: good enough at this latitude and scale.
  const dLat = aLat - bLat;
  const dLng = (aLng - bLng) * Math.cos(((aLat + bLat) / 2) * (Math.PI / 180));
  return dLat * dLat + dLng * dLng;
}

/** Nearest listed FSA to a point, optionally restricted to one municipality's own FSAs. */
export function nearestPostalPrefix(lat: number, lng: number, municipality?: string): string {
  const pool = municipality ? POSTAL_PREFIXES.filter((p) => p.municipality === municipality) : POSTAL_PREFIXES;
  const candidates = pool.length > 0 ? pool : POSTAL_PREFIXES;
  let best = candidates[0]!;
  let bestD = Number.POSITIVE_INFINITY;
  for (const p of candidates) {
    const d = distanceSq(lat, lng, p.lat, p.lng);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best.fsa;
}

/**
 * A plausible FSA for any municipality name:
 * 1. a municipality with its own urban FSA(s) gets the one nearest its centre
 *    (use nearestPostalPrefix(lat, lng, name) for a specific address);
 * 2. otherwise, the rural FSA of its MRC (G0A, G0R, G0S…), which is how
 *    small Québec municipalities are actually coded;
 * 3. otherwise (unknown name), the nearest listed FSA, or "G1K" as a last resort.
 */
export function postalPrefixForMunicipality(name: string): string {
  const m: MunicipalitySeed | undefined = MUNICIPALITIES.find((x) => x.name === name);
  const own = POSTAL_PREFIXES.filter((p) => p.municipality === name);
  if (m && own.length > 0 && !own.every((p) => p.fsa[1] === "0")) {
    return nearestPostalPrefix(m.lat, m.lng, name);
  }
  if (m) {
    const rural = RURAL_FSA_BY_MRC[m.mrc];
    if (rural) return rural;
    return nearestPostalPrefix(m.lat, m.lng);
  }
  const listed = own[0];
  return listed ? listed.fsa : "G1K";
}
