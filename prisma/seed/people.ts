// Invented people for contacts: common Québec given names and family names, combined at
// random, so no contact is a real person's name-and-title pair.
import type { Random } from "./random";

const GIVEN = [
  "Geneviève",
  "Mathieu",
  "Isabelle",
  "Jean-François",
  "Marie-Ève",
  "Sébastien",
  "Catherine",
  "Nicolas",
  "Julie",
  "Martin",
  "Émilie",
  "François",
  "Valérie",
  "Patrick",
  "Annie",
  "Simon",
  "Mélanie",
  "Alexandre",
  "Chantal",
  "Éric",
  "Karine",
  "Maxime",
  "Nathalie",
  "Olivier",
  "Sophie",
  "Louis",
  "Audrey",
  "Gabriel",
  "Josée",
  "Samuel",
  "Caroline",
  "Guillaume",
  "Amélie",
  "Jonathan",
  "Marie-Claude",
  "Philippe",
  "Fatou",
  "Mohamed",
  "Nguyen",
  "Ana",
  "Rafael",
  "Aïcha",
];

const FAMILY = [
  "Tremblay",
  "Gagnon",
  "Roy",
  "Côté",
  "Bouchard",
  "Gauthier",
  "Morin",
  "Lavoie",
  "Fortin",
  "Gagné",
  "Ouellet",
  "Pelletier",
  "Bélanger",
  "Lévesque",
  "Bergeron",
  "Leblanc",
  "Paquette",
  "Girard",
  "Simard",
  "Boucher",
  "Caron",
  "Beaulieu",
  "Cloutier",
  "Dubé",
  "Poirier",
  "Fournier",
  "Lapointe",
  "Leclerc",
  "Lefebvre",
  "Poulin",
  "Thibault",
  "St-Pierre",
  "Nadeau",
  "Martin",
  "Landry",
  "Martel",
  "Bédard",
  "Grenier",
  "Lessard",
  "Bernier",
  "Rodrigue",
  "Vachon",
  "Giguère",
  "Drouin",
  "Labbé",
  "Diallo",
  "Tran",
];

export const personName = (random: Random) => `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;

export const CONTACT_TITLES: [string, string][] = [
  ["Coordonnatrice", "Coordinator"],
  ["Directeur général", "Executive Director"],
  ["Directrice générale", "Executive Director"],
  ["Intervenante", "Community worker"],
  ["Intervenant", "Community worker"],
  ["Responsable de l'accueil", "Intake coordinator"],
  ["Agente de liaison", "Liaison officer"],
];

/** An address at the demo-only reserved domain, so no message can reach a real inbox. */
export function emailFor(name: string, domain: string) {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return `${local}@${domain}`;
}
