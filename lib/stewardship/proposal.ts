import "server-only";
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import {
  locationSubmission,
  organizationDefaults,
  serviceSubmission,
  type ScheduleDefaults,
} from "@/lib/directory/form-defaults";
import type { OrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { updateLocationInput } from "@/lib/directory/schemas/location";
import { updateOrganizationInput } from "@/lib/directory/schemas/organization";
import { formatTime, type ScheduleValues } from "@/lib/directory/schemas/hours";
import { updateServiceInput } from "@/lib/directory/schemas/service";
import { fieldErrorsOf } from "@/lib/directory/validate";
import { sameValue, type FieldValue, type RecordValues } from "./field-values";

export type { FieldValue, PhoneValue, RecordValues } from "./field-values";

/** What an organization may change through its link, on itself, each service and each site. */
export const ORGANIZATION_FIELDS = [
  "nameFr",
  "nameEn",
  "descriptionFr",
  "descriptionEn",
  "email",
  "website",
  "phones",
] as const;
export const SERVICE_FIELDS = [
  "nameFr",
  "nameEn",
  "descriptionFr",
  "descriptionEn",
  "email",
  "url",
  "eligibilityFr",
  "eligibilityEn",
  "phones",
  "schedules",
] as const;
/** A site's address; the rest of a location (name, accessibility, its own hours) stays with editors. */
export const LOCATION_FIELDS = ["address1", "address2", "municipalityId", "postalCode"] as const;

export type RecordKind = "organization" | "service" | "location";

/**
 * The shape of a change request's `base` and `proposed`: the same fields, old and new.
 * `locations` is absent from requests stored before sites' addresses were in the form.
 */
export type Proposal = {
  organization: RecordValues;
  services: Record<string, RecordValues>;
  locations?: Record<string, RecordValues>;
};

type Submitted = {
  organization?: Record<string, unknown>;
  services?: Record<string, Record<string, unknown>>;
  locations?: Record<string, Record<string, unknown>>;
};

/** Validated hours (minutes) back to the editor's shape ("09:00"), which is also what is stored. */
const scheduleValue = (s: ScheduleValues): ScheduleDefaults => ({
  validFrom: s.validFrom,
  validTo: s.validTo,
  alwaysOpen: s.alwaysOpen,
  notesFr: s.notesFr,
  notesEn: s.notesEn,
  ranges: s.ranges.map((r) => ({ weekday: r.weekday, opens: formatTime(r.opensAt), closes: formatTime(r.closesAt) })),
  closures: s.closures,
});

const pick = (values: Record<string, unknown>, fields: readonly string[]): RecordValues =>
  Object.fromEntries(
    fields.map((field) => {
      const value = values[field];
      if (field === "phones")
        return [
          field,
          ((value as { number: string; extension?: string | null }[]) ?? []).map((p) => ({
            number: p.number,
            extension: p.extension ?? null,
          })),
        ];
      if (field === "schedules") return [field, ((value as ScheduleValues[]) ?? []).map(scheduleValue)];
      return [field, (value as string | null | undefined) ?? null];
    }),
  );

/**
 * Submitted values over the record's own. Phones replace the list; each keeps the type and
 * description of the phone it replaces at the same position (the organization's form asks for
 * number and extension only). Hours replace the record's hours, as the back-office's editor does.
 */
export function overlay(
  defaults: Record<string, unknown>,
  submitted: Record<string, unknown> | undefined,
  fields: readonly string[],
) {
  const next: Record<string, unknown> = { ...defaults };
  for (const field of fields) {
    if (!submitted || !(field in submitted)) continue;
    if (field === "phones") {
      const old = (defaults.phones as Record<string, unknown>[]) ?? [];
      const rows = Array.isArray(submitted.phones) ? (submitted.phones as Record<string, unknown>[]) : [];
      next.phones = rows.map((row, i) => ({
        ...(old[i] ?? {}),
        number: row?.number ?? "",
        extension: row?.extension ?? "",
      }));
    } else next[field] = submitted[field];
  }
  return next;
}

function parse<S extends z.ZodType>(schema: S, values: unknown, prefix: string, errors: FieldErrors) {
  const result = schema.safeParse(values);
  if (result.success) return result.data as Record<string, unknown>;
  for (const [field, keys] of Object.entries(fieldErrorsOf(result.error))) errors[`${prefix}.${field}`] = keys;
  return null;
}

/** Sites with an address: a virtual location has none for the organization to correct. */
export const addressedLocations = (org: OrganizationForEdit) =>
  org.locations.filter((l) => !l.deletedAt && l.addresses.length > 0);

/**
 * The record as it is (`base`) and as the organization submitted it (`proposed`), both through
 * the back-office's own schemas, so they are normalized alike and validated alike. Errors are
 * keyed "organization.email", "services.<id>.phones.0.number", "locations.<id>.postalCode".
 */
export function buildProposal(org: OrganizationForEdit, submitted: Submitted) {
  const errors: FieldErrors = {};
  const side = <S extends z.ZodType>(
    schema: S,
    defaults: Record<string, unknown>,
    input: Record<string, unknown> | undefined,
    fields: readonly string[],
    prefix: string,
  ) => {
    const current = parse(schema, defaults, prefix, {}) ?? defaults;
    const next = parse(schema, overlay(defaults, input, fields), prefix, errors);
    return { base: pick(current, fields), proposed: next ? pick(next, fields) : null };
  };
  const orgSide = side(
    updateOrganizationInput,
    organizationDefaults(org),
    submitted.organization,
    ORGANIZATION_FIELDS,
    "organization",
  );
  const base: Proposal = { organization: orgSide.base, services: {}, locations: {} };
  const proposed: Proposal = { organization: orgSide.proposed ?? {}, services: {}, locations: {} };
  for (const service of org.services.filter((s) => !s.deletedAt)) {
    const { base: was, proposed: now } = side(
      updateServiceInput,
      serviceSubmission(service),
      submitted.services?.[service.id],
      SERVICE_FIELDS,
      `services.${service.id}`,
    );
    base.services[service.id] = was;
    if (now) proposed.services[service.id] = now;
  }
  for (const location of addressedLocations(org)) {
    const { base: was, proposed: now } = side(
      updateLocationInput,
      locationSubmission(location),
      submitted.locations?.[location.id],
      LOCATION_FIELDS,
      `locations.${location.id}`,
    );
    base.locations![location.id] = was;
    if (now) proposed.locations![location.id] = now;
  }
  return { base, proposed, errors };
}

export type FieldChange = {
  /** "organization.email", "services.<id>.phones" or "locations.<id>.postalCode". */
  key: string;
  record: { kind: RecordKind; id: string };
  field: string;
  before: FieldValue;
  after: FieldValue;
};

/** The fields whose proposed value differs from the base: the editor's field-by-field diff. */
export function diffProposal(base: Proposal, proposed: Proposal, organizationId: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (kind: RecordKind, id: string, prefix: string, a: RecordValues, b: RecordValues) => {
    for (const field of Object.keys(b)) {
      if (sameValue(a[field] ?? null, b[field] ?? null)) continue;
      changes.push({
        key: `${prefix}.${field}`,
        record: { kind, id },
        field,
        before: a[field] ?? null,
        after: b[field],
      });
    }
  };
  compare("organization", organizationId, "organization", base.organization, proposed.organization);
  for (const [id, values] of Object.entries(proposed.services))
    compare("service", id, `services.${id}`, base.services[id] ?? {}, values);
  for (const [id, values] of Object.entries(proposed.locations ?? {}))
    compare("location", id, `locations.${id}`, base.locations?.[id] ?? {}, values);
  return changes;
}

/** A change's field as the record holds it now (`current` = buildProposal(record, {}).base). */
export function currentValueOf(current: Proposal, change: FieldChange): FieldValue {
  const { kind, id } = change.record;
  const values =
    kind === "organization"
      ? current.organization
      : kind === "service"
        ? current.services[id]
        : current.locations?.[id];
  return values?.[change.field] ?? null;
}

/** Changed in the record since the organization proposed it: the editor must see it first. */
export const changedSince = (current: Proposal, change: FieldChange) =>
  !sameValue(currentValueOf(current, change), change.before);

/** Versions the editor's screen was built from ("service:<id>:3"), checked again at apply. */
export const recordVersions = (org: OrganizationForEdit) => [
  `organization:${org.id}:${org.version}`,
  ...org.services.filter((s) => !s.deletedAt).map((s) => `service:${s.id}:${s.version}`),
  ...addressedLocations(org).map((l) => `location:${l.id}:${l.version}`),
];
