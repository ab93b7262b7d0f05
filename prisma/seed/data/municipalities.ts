/**
 * Real municipalities of Capitale-Nationale (region 03) and
 * Chaudière-Appalaches (region 12).
 *
 * `code` is NOT the MAMH geographic code: it is a stable slug derived from the
 * official name (lower-case, accents removed, apostrophes and spaces turned
 * into hyphens), e.g. "L'Ancienne-Lorette" -> "l-ancienne-lorette",
 * "Saint-Côme–Linière" -> "saint-come-liniere". Every code is built by
 * `municipalityCode()` below, so it never drifts from the name.
 *
 * `mrc` is the MRC or the territory equivalent to an MRC (Agglomération de
 * Québec, Lévis). Robert-Cliche has been named Beauce-Centre since 2024.
 *
 * Coordinates are the approximate centre of the main village / urban core
 * (4 decimals). Populations are rounded figures close to the 2021 census and
 * are only used to weight the synthetic data.
 */

export type RegionCode = "03" | "12";

export type MunicipalitySeed = {
  code: string;
  name: string;
  mrc: string;
  regionCode: RegionCode;
  lat: number;
  lng: number;
  population: number;
};

export const REGIONS: { code: RegionCode; nameFr: string; nameEn: string }[] = [
  { code: "03", nameFr: "Capitale-Nationale", nameEn: "Capitale-Nationale" },
  { code: "12", nameFr: "Chaudière-Appalaches", nameEn: "Chaudière-Appalaches" },
];

/** Stable slug used as the municipality code. */
export function municipalityCode(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

type Row = [name: string, mrc: string, lat: number, lng: number, population: number];

const REGION_03: Row[] = [
  // Agglomération de Québec
  ["Québec", "Agglomération de Québec", 46.8139, -71.208, 549500],
  ["L'Ancienne-Lorette", "Agglomération de Québec", 46.7939, -71.3517, 16700],
  ["Saint-Augustin-de-Desmaures", "Agglomération de Québec", 46.7406, -71.4567, 19900],
  // La Côte-de-Beaupré
  ["Boischatel", "La Côte-de-Beaupré", 46.9044, -71.1436, 8100],
  ["L'Ange-Gardien", "La Côte-de-Beaupré", 46.9197, -71.0956, 3900],
  ["Château-Richer", "La Côte-de-Beaupré", 46.9658, -71.0311, 4300],
  ["Sainte-Anne-de-Beaupré", "La Côte-de-Beaupré", 47.0239, -70.9289, 2900],
  ["Beaupré", "La Côte-de-Beaupré", 47.0442, -70.8961, 4100],
  ["Saint-Ferréol-les-Neiges", "La Côte-de-Beaupré", 47.1158, -70.8519, 3700],
  ["Saint-Joachim", "La Côte-de-Beaupré", 47.0592, -70.8436, 1500],
  ["Saint-Tite-des-Caps", "La Côte-de-Beaupré", 47.1347, -70.7711, 1500],
  // L'Île-d'Orléans
  ["Sainte-Pétronille", "L'Île-d'Orléans", 46.8497, -71.1353, 1100],
  ["Saint-Pierre-de-l'Île-d'Orléans", "L'Île-d'Orléans", 46.8867, -71.065, 2000],
  ["Sainte-Famille-de-l'Île-d'Orléans", "L'Île-d'Orléans", 46.9694, -70.9681, 860],
  ["Saint-François-de-l'Île-d'Orléans", "L'Île-d'Orléans", 46.9978, -70.8081, 530],
  ["Saint-Jean-de-l'Île-d'Orléans", "L'Île-d'Orléans", 46.9167, -70.8961, 1100],
  ["Saint-Laurent-de-l'Île-d'Orléans", "L'Île-d'Orléans", 46.8608, -71.0, 1600],
  // La Jacques-Cartier
  ["Lac-Beauport", "La Jacques-Cartier", 46.9606, -71.2889, 8300],
  ["Stoneham-et-Tewkesbury", "La Jacques-Cartier", 46.9986, -71.3697, 9700],
  ["Sainte-Brigitte-de-Laval", "La Jacques-Cartier", 46.9964, -71.2044, 8300],
  ["Lac-Delage", "La Jacques-Cartier", 46.9597, -71.3989, 870],
  ["Saint-Gabriel-de-Valcartier", "La Jacques-Cartier", 46.9442, -71.4681, 3200],
  ["Shannon", "La Jacques-Cartier", 46.885, -71.515, 6700],
  ["Sainte-Catherine-de-la-Jacques-Cartier", "La Jacques-Cartier", 46.85, -71.62, 8200],
  ["Fossambault-sur-le-Lac", "La Jacques-Cartier", 46.8731, -71.6114, 2400],
  ["Lac-Saint-Joseph", "La Jacques-Cartier", 46.905, -71.635, 280],
  // Portneuf
  ["Donnacona", "Portneuf", 46.6742, -71.7314, 7400],
  ["Cap-Santé", "Portneuf", 46.6703, -71.7872, 3600],
  ["Portneuf", "Portneuf", 46.6919, -71.8892, 3200],
  ["Deschambault-Grondines", "Portneuf", 46.65, -71.9264, 2200],
  ["Saint-Raymond", "Portneuf", 46.8997, -71.8367, 10800],
  ["Pont-Rouge", "Portneuf", 46.7547, -71.6969, 10100],
  ["Saint-Marc-des-Carrières", "Portneuf", 46.6797, -72.0478, 2900],
  ["Neuville", "Portneuf", 46.6989, -71.5814, 4600],
  ["Saint-Basile", "Portneuf", 46.7619, -71.815, 2600],
  ["Saint-Casimir", "Portneuf", 46.6533, -72.1353, 1400],
  ["Saint-Alban", "Portneuf", 46.7217, -72.0786, 1200],
  ["Saint-Léonard-de-Portneuf", "Portneuf", 46.8833, -71.9167, 1100],
  // Charlevoix
  ["Baie-Saint-Paul", "Charlevoix", 47.4406, -70.4986, 7400],
  ["Saint-Urbain", "Charlevoix", 47.5594, -70.5311, 1400],
  ["Les Éboulements", "Charlevoix", 47.4817, -70.3208, 1350],
  ["L'Isle-aux-Coudres", "Charlevoix", 47.3983, -70.385, 1150],
  ["Petite-Rivière-Saint-François", "Charlevoix", 47.3117, -70.56, 930],
  ["Saint-Hilarion", "Charlevoix", 47.5717, -70.4011, 1200],
  // Charlevoix-Est
  ["La Malbaie", "Charlevoix-Est", 47.6547, -70.1536, 8300],
  ["Clermont", "Charlevoix-Est", 47.6858, -70.2283, 3000],
  ["Saint-Siméon", "Charlevoix-Est", 47.8419, -69.8775, 1200],
  ["Saint-Aimé-des-Lacs", "Charlevoix-Est", 47.6817, -70.3017, 1100],
  ["Saint-Irénée", "Charlevoix-Est", 47.5742, -70.2167, 720],
  ["Baie-Sainte-Catherine", "Charlevoix-Est", 48.1131, -69.7225, 190],
];

const REGION_12: Row[] = [
  // Lévis (territoire équivalent à une MRC)
  ["Lévis", "Lévis", 46.8033, -71.1779, 149700],
  // Beauce-Sartigan
  ["Saint-Georges", "Beauce-Sartigan", 46.1181, -70.6689, 32500],
  ["Saint-Éphrem-de-Beauce", "Beauce-Sartigan", 46.0594, -70.9464, 2600],
  ["Saint-Martin", "Beauce-Sartigan", 45.9639, -70.6539, 2600],
  ["Saint-Gédéon-de-Beauce", "Beauce-Sartigan", 45.8531, -70.6308, 2300],
  ["La Guadeloupe", "Beauce-Sartigan", 45.9533, -70.9297, 1800],
  ["Saint-Benoît-Labre", "Beauce-Sartigan", 46.0772, -70.7972, 1700],
  ["Saint-Côme–Linière", "Beauce-Sartigan", 46.0678, -70.5175, 3200],
  ["Saint-Théophile", "Beauce-Sartigan", 45.9333, -70.4833, 750],
  ["Notre-Dame-des-Pins", "Beauce-Sartigan", 46.1792, -70.7161, 1200],
  // Beauce-Centre (anciennement Robert-Cliche)
  ["Beauceville", "Beauce-Centre", 46.2128, -70.7772, 6600],
  ["Saint-Joseph-de-Beauce", "Beauce-Centre", 46.3003, -70.8761, 4900],
  ["Saint-Victor", "Beauce-Centre", 46.1508, -70.8975, 2500],
  ["Saint-Odilon-de-Cranbourne", "Beauce-Centre", 46.3633, -70.6794, 1500],
  ["Saint-Frédéric", "Beauce-Centre", 46.3031, -70.9631, 1100],
  ["Tring-Jonction", "Beauce-Centre", 46.2636, -70.9919, 1500],
  // La Nouvelle-Beauce
  ["Sainte-Marie", "La Nouvelle-Beauce", 46.4378, -71.0122, 13600],
  ["Vallée-Jonction", "La Nouvelle-Beauce", 46.3742, -70.92, 1900],
  ["Scott", "La Nouvelle-Beauce", 46.5014, -71.0683, 2400],
  ["Saint-Isidore", "La Nouvelle-Beauce", 46.5831, -71.0861, 3300],
  ["Saint-Lambert-de-Lauzon", "La Nouvelle-Beauce", 46.5864, -71.215, 7000],
  ["Saint-Elzéar", "La Nouvelle-Beauce", 46.4039, -71.0839, 2600],
  ["Frampton", "La Nouvelle-Beauce", 46.4617, -70.8164, 1400],
  ["Saint-Bernard", "La Nouvelle-Beauce", 46.4981, -71.1331, 2400],
  ["Saints-Anges", "La Nouvelle-Beauce", 46.4172, -70.8847, 1200],
  ["Sainte-Hénédine", "La Nouvelle-Beauce", 46.5428, -70.9806, 1300],
  ["Sainte-Marguerite", "La Nouvelle-Beauce", 46.5175, -70.9431, 1100],
  // Les Etchemins
  ["Lac-Etchemin", "Les Etchemins", 46.3975, -70.5019, 4100],
  ["Saint-Prosper", "Les Etchemins", 46.2139, -70.4789, 3800],
  ["Sainte-Justine", "Les Etchemins", 46.4047, -70.3528, 1800],
  ["Saint-Zacharie", "Les Etchemins", 46.1319, -70.3683, 1800],
  ["Saint-Magloire", "Les Etchemins", 46.5808, -70.2897, 700],
  // Bellechasse
  ["Saint-Lazare-de-Bellechasse", "Bellechasse", 46.6497, -70.8064, 1250],
  ["Saint-Henri", "Bellechasse", 46.6947, -71.0678, 6000],
  ["Saint-Anselme", "Bellechasse", 46.6267, -70.9714, 4000],
  ["Sainte-Claire", "Bellechasse", 46.6017, -70.8647, 3300],
  ["Beaumont", "Bellechasse", 46.8336, -71.0114, 2800],
  ["Saint-Michel-de-Bellechasse", "Bellechasse", 46.87, -70.9131, 1850],
  ["Saint-Damien-de-Buckland", "Bellechasse", 46.6286, -70.6628, 2000],
  ["Armagh", "Bellechasse", 46.7464, -70.5961, 1550],
  ["Saint-Charles-de-Bellechasse", "Bellechasse", 46.7706, -70.9483, 2600],
  ["Saint-Gervais", "Bellechasse", 46.7172, -70.8814, 2050],
  ["Saint-Raphaël", "Bellechasse", 46.7969, -70.7536, 2450],
  ["Saint-Vallier", "Bellechasse", 46.8925, -70.8208, 1050],
  ["Saint-Malachie", "Bellechasse", 46.5333, -70.7667, 1450],
  // Lotbinière
  ["Saint-Apollinaire", "Lotbinière", 46.6158, -71.5158, 7300],
  ["Laurier-Station", "Lotbinière", 46.5328, -71.6303, 2650],
  ["Sainte-Croix", "Lotbinière", 46.6294, -71.7336, 2550],
  ["Saint-Agapit", "Lotbinière", 46.5633, -71.4339, 4350],
  ["Lotbinière", "Lotbinière", 46.6106, -71.9403, 900],
  ["Saint-Flavien", "Lotbinière", 46.4875, -71.5983, 1700],
  ["Saint-Antoine-de-Tilly", "Lotbinière", 46.6639, -71.5781, 1700],
  ["Saint-Gilles", "Lotbinière", 46.5028, -71.3711, 2600],
  ["Dosquet", "Lotbinière", 46.4669, -71.5403, 950],
  ["Saint-Sylvestre", "Lotbinière", 46.3689, -71.2342, 1000],
  ["Saint-Patrice-de-Beaurivage", "Lotbinière", 46.4167, -71.25, 1100],
  ["Sainte-Agathe-de-Lotbinière", "Lotbinière", 46.3856, -71.4156, 1200],
  ["Saint-Narcisse-de-Beaurivage", "Lotbinière", 46.4864, -71.2317, 1100],
  // Les Appalaches
  ["Thetford Mines", "Les Appalaches", 46.0914, -71.3014, 26100],
  ["Disraeli", "Les Appalaches", 45.9036, -71.3497, 2450],
  ["East Broughton", "Les Appalaches", 46.2144, -71.0822, 2250],
  ["Adstock", "Les Appalaches", 46.05, -71.0833, 2750],
  ["Saint-Joseph-de-Coleraine", "Les Appalaches", 45.9664, -71.3664, 1950],
  // Montmagny
  ["Montmagny", "Montmagny", 46.9803, -70.5553, 11400],
  ["Cap-Saint-Ignace", "Montmagny", 47.0344, -70.4667, 3050],
  ["Berthier-sur-Mer", "Montmagny", 46.9331, -70.7331, 1650],
  ["Saint-François-de-la-Rivière-du-Sud", "Montmagny", 46.8842, -70.7172, 1600],
  ["Saint-Pierre-de-la-Rivière-du-Sud", "Montmagny", 46.9142, -70.6267, 1000],
  ["Saint-Paul-de-Montminy", "Montmagny", 46.735, -70.3522, 800],
  ["Saint-Fabien-de-Panet", "Montmagny", 46.5828, -70.1847, 960],
  // L'Islet
  ["Saint-Jean-Port-Joli", "L'Islet", 47.2153, -70.2692, 3400],
  ["L'Islet", "L'Islet", 47.1008, -70.3575, 3850],
  ["Saint-Pamphile", "L'Islet", 46.9667, -69.7833, 2400],
  ["Saint-Aubert", "L'Islet", 47.1867, -70.2233, 1500],
  ["Sainte-Perpétue", "L'Islet", 47.0461, -69.9303, 1800],
  ["Saint-Roch-des-Aulnaies", "L'Islet", 47.3111, -70.1811, 930],
];

function toSeed(regionCode: RegionCode) {
  return ([name, mrc, lat, lng, population]: Row): MunicipalitySeed => ({
    code: municipalityCode(name),
    name,
    mrc,
    regionCode,
    lat,
    lng,
    population,
  });
}

export const MUNICIPALITIES: MunicipalitySeed[] = [...REGION_03.map(toSeed("03")), ...REGION_12.map(toSeed("12"))];

/** Distinct MRC / équivalent names, in listing order. */
export const MRCS: { name: string; regionCode: RegionCode }[] = MUNICIPALITIES.reduce<
  { name: string; regionCode: RegionCode }[]
>((acc, m) => {
  if (!acc.some((x) => x.name === m.mrc)) acc.push({ name: m.mrc, regionCode: m.regionCode });
  return acc;
}, []);
