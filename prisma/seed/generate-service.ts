// One service from a template: text in both languages (or French only), status, fees and
// ages, where it is offered, its phones, languages, documents, categories and hours.
import type { Bilingual, HoursPattern, ServiceTemplateSeed } from "./data/content";
import type { Context, DirectoryRows } from "./context";
import type { GeneratedLocation } from "./generate-location";
import type { GeneratedOrg } from "./generate-organization";
import { generatePhones } from "./generate-phones";
import { generateSchedules, generateWinterSchedule, type SchedulePattern } from "./generate-schedules";
import { generateServiceArea } from "./generate-service-area";
import { CONTACT_TITLES, emailFor, personName } from "./people";
import { pickStatus, recordDates } from "./record-dates";
import type { Row } from "./tables";

const HOURS: Record<HoursPattern, SchedulePattern[]> = {
  office: ["office", "office", "office", "daytime", "extended"],
  split: ["split"],
  evening: ["evening"],
  weekend: ["weekend"],
  twentyfourseven: ["always"],
  overnight: ["overnight"],
  appointment: ["appointment"],
};

const FEES: Bilingual[] = [
  { fr: "5 $ par repas", en: "$5 per meal" },
  { fr: "Contribution volontaire", en: "Voluntary contribution" },
  { fr: "Tarif modulé selon le revenu", en: "Sliding scale based on income" },
];

const ALERTS: [string, string][] = [
  [
    "Fermé temporairement pour rénovations jusqu'au 15 janvier 2027.",
    "Temporarily closed for renovations until January 15, 2027.",
  ],
  [
    "Service suspendu faute de bénévoles; reprise prévue au printemps.",
    "Suspended for lack of volunteers; expected to resume in the spring.",
  ],
  [
    "Liste d'attente complète : aucune nouvelle inscription pour le moment.",
    "Waiting list full: no new registrations for now.",
  ],
];

const OTHER_LANGUAGES = ["es", "ar", "fa", "pt", "zh", "vi", "ru", "uk", "sw", "ln", "ti", "ne"];

// Module-level (not per-call closures): see places.ts on tsx's name wrapping.
function english(text: Bilingual | undefined) {
  return text?.en ? text.en : null;
}
function noEnglish() {
  return null;
}

export function generateService(
  ctx: Context,
  org: GeneratedOrg,
  template: ServiceTemplateSeed,
  sites: GeneratedLocation[],
  nameSuffix: string,
  out: DirectoryRows,
) {
  const { random } = ctx;
  const id = random.uuid();
  // About 8% French-only overall: flagged templates, half the services of French-only
  // organizations, and a few more at random (translations lag in real directories).
  const englishMissing =
    template.englishMissing === true || (org.nameEn === null && random.chance(0.5)) || random.chance(0.02);
  const en = englishMissing ? noEnglish : english;
  const name = random.pick(template.names);
  const description = random.pick(template.descriptions);
  const inactiveOrg = org.status === "inactive" || org.status === "defunct";
  const status = inactiveOrg ? org.status : pickStatus(ctx, { closed: 0.03, inactive: 0.01, defunct: 0.006 });
  const alert = status === "temporarily_closed" ? random.pick(ALERTS) : null;
  const fees = template.free ? null : (template.fees ?? random.pick(FEES));
  const languages = new Set(["fr", ...template.languages]);
  if (!languages.has("en") && random.chance(0.3)) languages.add("en");
  if (random.chance(0.05)) languages.add(random.pick(OTHER_LANGUAGES));
  const row: Row<"service"> = {
    id,
    organization_id: org.id,
    slug: ctx.serviceSlugs.make(`${name.fr} ${org.home.name}`),
    name_fr: name.fr + nameSuffix,
    name_en: en(name) === null ? null : name.en + nameSuffix,
    alternate_name: null,
    description_fr: description.fr,
    description_en: en(description),
    url: random.chance(0.3) ? `https://${org.domain}/services/${ctx.random.shortId()}` : null,
    email: random.chance(0.2) ? `services@${org.domain}` : null,
    status,
    alert_fr: alert?.[0] ?? null,
    alert_en: alert && !englishMissing ? alert[1] : null,
    interpretation_services:
      languages.size > 2 || random.chance(0.04) ? "Interprète sur demande (Interpretation on request)" : null,
    application_process_fr: template.applicationProcess.fr,
    application_process_en: en(template.applicationProcess),
    is_free: template.free,
    fees_description_fr: fees?.fr ?? null,
    fees_description_en: en(fees ?? undefined),
    eligibility_description_fr: template.eligibility?.fr ?? null,
    eligibility_description_en: en(template.eligibility),
    clientele_fr: template.clientele?.fr ?? null,
    clientele_en: en(template.clientele),
    minimum_age: template.ageMin ?? null,
    maximum_age: template.ageMax ?? null,
    ...recordDates(ctx),
  };
  out.service.push(row);

  for (const code of template.taxonomyCodes) {
    const termId = ctx.ref.termIds.get(code);
    if (!termId) throw new Error(`Service template uses unknown taxonomy code ${code}`);
    out.serviceTaxonomyTerm.push({ service_id: id, taxonomy_term_id: termId });
  }
  for (const code of [...languages].sort()) out.serviceLanguage.push({ service_id: id, code });
  (template.requiredDocuments ?? []).forEach((doc, position) =>
    out.requiredDocument.push({
      id: random.uuid(),
      service_id: id,
      document_fr: doc.fr,
      document_en: en(doc),
      position,
    }),
  );
  for (const site of sites)
    out.serviceAtLocation.push({
      id: random.uuid(),
      service_id: id,
      location_id: site.id,
      description_fr: null,
      description_en: null,
    });
  generateServiceArea(ctx, id, template.hours === "twentyfourseven", sites, out);

  // Half the services answer on the organization's line, usually at an extension.
  const sharedLine = random.chance(0.5);
  out.phone.push(
    ...generatePhones(
      random,
      { service_id: id },
      {
        main: sharedLine ? org.mainNumber : undefined,
        crisisLine: template.hours === "twentyfourseven",
      },
    ),
  );
  if (random.chance(0.1)) {
    const person = personName(random);
    const [titleFr, titleEn] = random.pick(CONTACT_TITLES);
    out.contact.push({
      id: random.uuid(),
      organization_id: null,
      service_id: id,
      location_id: null,
      name: person,
      title_fr: titleFr,
      title_en: titleEn,
      email: emailFor(person, org.domain),
      phone: null,
    });
  }
  if (template.taxonomyCodes.includes("HOUSING.SHELTER.WINTER"))
    generateWinterSchedule(random, { service_id: id }, out);
  else generateSchedules(random, { service_id: id }, random.pick(HOURS[template.hours]), out);
}
