import "server-only";
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { organizationDefaults, serviceDefaults } from "@/lib/directory/form-defaults";
import type { OrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { updateOrganizationInput } from "@/lib/directory/schemas/organization";
import { updateServiceInput } from "@/lib/directory/schemas/service";
import { fieldErrorsOf } from "@/lib/directory/validate";

/** What an organization may change through its link, on itself and on each of its services. */
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
] as const;

export type PhoneValue = { number: string; extension: string | null };
export type FieldValue = string | null | PhoneValue[];
export type RecordValues = Record<string, FieldValue>;
/** The shape of a change request's `base` and `proposed`: the same fields, old and new. */
export type Proposal = { organization: RecordValues; services: Record<string, RecordValues> };

type Submitted = { organization?: Record<string, unknown>; services?: Record<string, Record<string, unknown>> };

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
      return [field, (value as string | null | undefined) ?? null];
    }),
  );

/**
 * Submitted phones replace the list; each keeps the type and description of the phone it
 * replaces at the same position (the organization's form asks for number and extension only).
 */
function overlay(
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

/**
 * The record as it is (`base`) and as the organization submitted it (`proposed`), both through
 * the back-office's own schemas, so they are normalized alike and validated alike. Errors are
 * keyed "organization.email", "services.<id>.phones.0.number".
 */
export function buildProposal(org: OrganizationForEdit, submitted: Submitted) {
  const errors: FieldErrors = {};
  const services = org.services.filter((s) => !s.deletedAt);
  const orgDefaults = organizationDefaults(org);
  const orgBase = parse(updateOrganizationInput, orgDefaults, "organization", {}) ?? orgDefaults;
  const orgNew = parse(
    updateOrganizationInput,
    overlay(orgDefaults, submitted.organization, ORGANIZATION_FIELDS),
    "organization",
    errors,
  );
  const base: Proposal = { organization: pick(orgBase, ORGANIZATION_FIELDS), services: {} };
  const proposed: Proposal = { organization: orgNew ? pick(orgNew, ORGANIZATION_FIELDS) : {}, services: {} };
  for (const service of services) {
    const defaults = serviceDefaults(service);
    const current = parse(updateServiceInput, defaults, "", {}) ?? defaults;
    const next = parse(
      updateServiceInput,
      overlay(defaults, submitted.services?.[service.id], SERVICE_FIELDS),
      `services.${service.id}`,
      errors,
    );
    base.services[service.id] = pick(current, SERVICE_FIELDS);
    if (next) proposed.services[service.id] = pick(next, SERVICE_FIELDS);
  }
  return { base, proposed, errors };
}

export type FieldChange = {
  /** "organization.email" or "services.<id>.phones". */
  key: string;
  record: { kind: "organization" | "service"; id: string };
  field: string;
  before: FieldValue;
  after: FieldValue;
};

/** The fields whose proposed value differs from the base: the editor's field-by-field diff. */
export function diffProposal(base: Proposal, proposed: Proposal, organizationId: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (kind: "organization" | "service", id: string, prefix: string, a: RecordValues, b: RecordValues) => {
    for (const field of Object.keys(b)) {
      if (JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null)) continue;
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
  return changes;
}

/** A phone list as one line of text, for diffs and emails. */
export const phonesText = (phones: PhoneValue[]) =>
  phones.map((p) => (p.extension ? `${p.number} #${p.extension}` : p.number)).join(" · ");
