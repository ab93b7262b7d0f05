// One organization: a unique name from its kind's patterns, its main phone line and
// sometimes a named contact. Its sites and services are generated next, by the caller.
import { fillTemplate, type OrgKindSeed } from "./data/content";
import type { MunicipalitySeed } from "./data/municipalities";
import type { Context, DirectoryRows } from "./context";
import { generatePhones } from "./generate-phones";
import { CONTACT_TITLES, emailFor, personName } from "./people";
import { areaName } from "./places";
import { pickStatus, recordDates } from "./record-dates";
import { slugify } from "./slugs";
import type { Row } from "./tables";

export type GeneratedOrg = {
  id: string;
  nameFr: string;
  nameEn: string | null;
  home: MunicipalitySeed;
  status: Row<"organization">["status"];
  mainNumber: string;
  domain: string;
};

const LEGAL_STATUSES = [
  "Organisme à but non lucratif (OBNL)",
  "Organisme à but non lucratif (OBNL)",
  "Organisme de bienfaisance enregistré",
  "Coopérative de solidarité",
  "Entreprise d'économie sociale",
];

// Distinguishing words for namesakes ("… – secteur des Rives"): places, never numbers.
const QUALIFIERS = [
  "Nord",
  "Sud",
  "Est",
  "Ouest",
  "Centre",
  "des Rives",
  "du Fleuve",
  "des Érables",
  "du Boisé",
  "des Pionniers",
  "du Vieux-Bourg",
  "de la Colline",
  "du Carrefour",
  "des Moulins",
  "de la Vallée",
  "du Plateau",
  "des Battures",
  "de la Falaise",
  "du Ruisseau",
  "des Sources",
  "de la Montagne",
  "du Lac",
  "de la Pointe",
  "de la Gare",
  "du Marché",
  "des Cèdres",
  "du Clocher",
  "des Tilleuls",
  "de l'Anse",
  "du Cap",
  "des Prés",
  "du Verger",
  "de la Chute",
  "du Belvédère",
  "des Quais",
  "des Bouleaux",
  "du Littoral",
  "des Sommets",
  "du Rang",
  "des Îles",
];

const NAME_ATTEMPTS = 12;

function uniqueName(ctx: Context, kind: OrgKindSeed, home: MunicipalitySeed) {
  let fr = "";
  let en = "";
  // Another pattern or neighbourhood first: a suffix is the last resort, for big cities at large sizes.
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const pattern = ctx.random.pick(kind.names);
    const vars = { city: home.name, area: areaName(ctx, home) };
    fr = fillTemplate(pattern.fr, vars, "fr");
    en = fillTemplate(pattern.en, vars, "en");
    if (claim(ctx.orgNames, fr)) return { fr, en };
  }
  const suffix = namesakeSuffix(ctx, fr);
  return { fr: fr + suffix, en: en ? en + suffix : "" };
}

function claim(names: Set<string>, name: string) {
  if (names.has(name)) return false;
  names.add(name);
  return true;
}

/** Namesakes are common at large sizes (thousands of food banks): a place word tells them apart. */
function namesakeSuffix(ctx: Context, fr: string) {
  const order = ctx.random.shuffle(QUALIFIERS);
  for (const q of order) if (claim(ctx.orgNames, `${fr} – secteur ${q}`)) return ` – secteur ${q}`;
  for (const a of order)
    for (const b of order)
      if (a !== b && claim(ctx.orgNames, `${fr} – secteur ${a} et ${b}`)) return ` – secteur ${a} et ${b}`;
  throw new Error(`No unique name left for ${fr}`);
}

function acronym(name: string) {
  const letters = name
    .split(/[\s–'-]+/)
    .filter((word) => /^[A-ZÀ-Ý]/.test(word))
    .map((word) => word[0]);
  return letters.length >= 2
    ? letters
        .join("")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
    : null;
}

export function generateOrganization(ctx: Context, kind: OrgKindSeed, home: MunicipalitySeed, out: DirectoryRows) {
  const { random } = ctx;
  const name = uniqueName(ctx, kind, home);
  const englishMissing = name.en === "" || random.chance(0.08);
  const description = random.pick(kind.descriptions);
  const id = random.uuid();
  const domain = `${slugify(name.fr).slice(0, 40).replace(/-+$/, "")}.example`;
  const status = pickStatus(ctx, { closed: 0.005, inactive: 0.01, defunct: 0.005 });
  const row: Row<"organization"> = {
    id,
    slug: ctx.orgSlugs.make(name.fr),
    name_fr: name.fr,
    name_en: englishMissing ? null : name.en,
    alternate_name: random.chance(0.1) ? acronym(name.fr) : null,
    description_fr: description.fr,
    description_en: englishMissing || !description.en ? null : description.en,
    email: random.chance(0.8) ? `info@${domain}` : null,
    website: random.chance(0.7) ? `https://${domain}` : null,
    legal_status: random.pick(LEGAL_STATUSES),
    year_incorporated: random.int(1968, 2022),
    status,
    ...recordDates(ctx),
  };
  out.organization.push(row);

  const phones = generatePhones(random, { organization_id: id });
  out.phone.push(...phones);
  if (random.chance(0.3)) {
    const person = personName(random);
    const [titleFr, titleEn] = random.pick(CONTACT_TITLES);
    out.contact.push({
      id: random.uuid(),
      organization_id: id,
      service_id: null,
      location_id: null,
      name: person,
      title_fr: titleFr,
      title_en: titleEn,
      email: emailFor(person, domain),
      phone: random.chance(0.5) ? phones[0]!.number : null,
    });
  }
  const org: GeneratedOrg = {
    id,
    nameFr: row.name_fr,
    nameEn: row.name_en,
    home,
    status,
    mainNumber: phones[0]!.number,
    domain,
  };
  return org;
}
