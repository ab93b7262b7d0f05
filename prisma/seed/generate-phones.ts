// Phone numbers of the demo directory. All are fictional: the exchange is always 555 and
// the line 0100–0199, the block reserved for fiction in the North American numbering plan,
// so a demo number dialled by mistake reaches nobody.
import type { Random } from "./random";
import type { Row } from "./tables";

const AREA_CODES = ["418", "418", "418", "581"];
const TOLL_FREE = ["800", "888", "877", "866"];

const line = (random: Random) => `555-01${String(random.int(0, 99)).padStart(2, "0")}`;

export const localNumber = (random: Random) => `${random.pick(AREA_CODES)} ${line(random)}`;
export const tollFreeNumber = (random: Random) => `1 ${random.pick(TOLL_FREE)} ${line(random)}`;

type Owner = Partial<Pick<Row<"phone">, "organization_id" | "service_id" | "location_id">>;

function phone(random: Random, owner: Owner, number: string, type: Row<"phone">["type"], position: number) {
  return {
    id: random.uuid(),
    organization_id: owner.organization_id ?? null,
    service_id: owner.service_id ?? null,
    location_id: owner.location_id ?? null,
    service_at_location_id: null,
    number,
    extension: null as string | null,
    type,
    description_fr: null as string | null,
    description_en: null as string | null,
    position,
  } satisfies Row<"phone">;
}

/** The phones of one record: always a main voice line first, sometimes more. */
export function generatePhones(
  random: Random,
  owner: Owner,
  options: { main?: string; crisisLine?: boolean } = {},
): Row<"phone">[] {
  const out: Row<"phone">[] = [];
  const main = phone(random, owner, options.main ?? localNumber(random), "voice", 0);
  // A service reached through its organization's switchboard gets an extension.
  if (options.main && random.chance(0.6))
    main.extension = String(random.pick([random.int(1, 9), random.int(200, 299)]));
  out.push(main);
  if (options.crisisLine || random.chance(0.12)) {
    const tollFree = phone(random, owner, tollFreeNumber(random), "toll_free", out.length);
    tollFree.description_fr = "Sans frais partout au Québec";
    tollFree.description_en = "Toll-free anywhere in Québec";
    out.push(tollFree);
  }
  if (random.chance(0.05)) {
    const text = phone(random, owner, localNumber(random), "text", out.length);
    text.description_fr = "Texto";
    text.description_en = "Text message";
    out.push(text);
  }
  if (random.chance(0.03)) out.push(phone(random, owner, localNumber(random), "tty", out.length));
  if (owner.organization_id && random.chance(0.2))
    out.push(phone(random, owner, localNumber(random), "fax", out.length));
  return out;
}
