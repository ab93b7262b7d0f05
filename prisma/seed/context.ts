// What every generator shares while the directory is built: the one PRNG, the reference ids
// and the sets that keep names and slugs unique across the whole run.
import type { Reference } from "./generate-reference";
import type { Random } from "./random";
import { SlugSet } from "./slugs";
import type { Rows } from "./tables";

export type Context = {
  random: Random;
  ref: Reference;
  /** Staff who verify and edit records (demo accounts), by id. */
  editorIds: string[];
  orgSlugs: SlugSet;
  serviceSlugs: SlugSet;
  orgNames: Set<string>;
};

export function createContext(random: Random, ref: Reference, editorIds: string[]): Context {
  return {
    random,
    ref,
    editorIds,
    orgSlugs: new SlugSet(random),
    serviceSlugs: new SlugSet(random),
    orgNames: new Set(),
  };
}

/** Rows produced for one batch of organizations (all tables the directory part fills). */
export type DirectoryRows = Pick<
  Rows,
  | "organization"
  | "location"
  | "address"
  | "accessibility"
  | "service"
  | "serviceAtLocation"
  | "phone"
  | "contact"
  | "serviceLanguage"
  | "requiredDocument"
  | "serviceArea"
  | "serviceTaxonomyTerm"
  | "schedule"
  | "scheduleRange"
  | "scheduleClosure"
>;

export const emptyDirectoryRows = (): DirectoryRows => ({
  organization: [],
  location: [],
  address: [],
  accessibility: [],
  service: [],
  serviceAtLocation: [],
  phone: [],
  contact: [],
  serviceLanguage: [],
  requiredDocument: [],
  serviceArea: [],
  serviceTaxonomyTerm: [],
  schedule: [],
  scheduleRange: [],
  scheduleClosure: [],
});
