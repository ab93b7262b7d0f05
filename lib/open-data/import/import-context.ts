import "server-only";
import { createHash } from "node:crypto";
import type { AuditEntry } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { DuplicateProbe } from "../duplicates/find-duplicates";
import type { Issues } from "./issues";
import type { ImportReference } from "./import-reference";

export type Outcome = "created" | "updated" | "unchanged" | "refused";
export type RecordResult = {
  /** Position of the record in the file (1-based), and of the service within it. */
  row: number;
  entity: "organization" | "service" | "location" | "taxonomy_term" | "record";
  externalId: string | null;
  name: string | null;
  outcome: Outcome;
  recordId?: string;
  errors: Issues;
  warnings: Issues;
  duplicates?: { id: string; name: string; score: number; reasons: string[] }[];
};

export type LinkedEntity = "organization" | "service" | "location";
type Found = { recordId: string | null; hash: string | null };
type LinkRow = { entityType: LinkedEntity; externalId: string; recordId: string; hash: string };

/**
 * The new rows of a chunk — records created (with their ids chosen here) and the rows they own —
 * inserted with one statement per table when the chunk ends, in this order, parents first.
 * Updates of existing records are written at once.
 */
export type OwnedRows = {
  organization: (Prisma.OrganizationCreateManyInput & { id: string; slug: string })[];
  location: (Prisma.LocationCreateManyInput & { id: string })[];
  service: (Prisma.ServiceCreateManyInput & { id: string; slug: string })[];
  address: Prisma.AddressCreateManyInput[];
  accessibility: Prisma.AccessibilityCreateManyInput[];
  phone: Prisma.PhoneCreateManyInput[];
  schedule: Prisma.ScheduleCreateManyInput[];
  scheduleRange: Prisma.ScheduleRangeCreateManyInput[];
  serviceLanguage: Prisma.ServiceLanguageCreateManyInput[];
  serviceTaxonomyTerm: Prisma.ServiceTaxonomyTermCreateManyInput[];
  requiredDocument: Prisma.RequiredDocumentCreateManyInput[];
  serviceArea: Prisma.ServiceAreaCreateManyInput[];
  serviceAtLocation: Prisma.ServiceAtLocationCreateManyInput[];
};
export const noOwnedRows = (): OwnedRows => ({
  organization: [],
  location: [],
  service: [],
  address: [],
  accessibility: [],
  phone: [],
  schedule: [],
  scheduleRange: [],
  serviceLanguage: [],
  serviceTaxonomyTerm: [],
  requiredDocument: [],
  serviceArea: [],
  serviceAtLocation: [],
});

/** One chunk of an import being written (the whole file, in all-or-nothing mode). */
export type ImportContext = {
  tx: Tx;
  actor: Actor;
  importId: string;
  source: string;
  /** External location id → our location id, for the locations written in this chunk. */
  locations: Map<string, string>;
  /** "entity:externalId" → the record it designates, looked up for the whole chunk at once. */
  known: Map<string, Found>;
  /** Municipalities, regions and taxonomy terms, read once per import. */
  reference: ImportReference;
  results: RecordResult[];
  counts: Record<Outcome, number>;
  serviceIds: Set<string>;
  /** Written set-based at the end of the chunk (flushPending), in the same transaction. */
  pending: Pending;
};

/**
 * What a chunk's records queue, done set-based when the chunk ends: external-id links, audit
 * events, new rows, and the duplicate check of each new organization (its report entry gets the
 * candidates then).
 */
export type Pending = {
  links: Map<string, LinkRow>;
  audit: AuditEntry[];
  rows: OwnedRows;
  duplicateChecks: { probe: DuplicateProbe; result: RecordResult }[];
};
export const noPending = (): Pending => ({ links: new Map(), audit: [], rows: noOwnedRows(), duplicateChecks: [] });

export const contentHash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const knownKey = (entityType: LinkedEntity, externalId: string) => `${entityType}:${externalId}`;

/** The record an external id designates: already imported from this source, or our own id (our exports). */
export async function resolveRecord(ctx: ImportContext, entityType: LinkedEntity, externalId: string | null) {
  if (!externalId) return { recordId: null, hash: null };
  const cached = ctx.known.get(knownKey(entityType, externalId));
  if (cached) return cached;
  const link = await ctx.tx.externalIdentifier.findUnique({
    where: { source_entityType_externalId: { source: ctx.source, entityType, externalId } },
  });
  if (link) return { recordId: link.recordId, hash: link.contentHash };
  if (!UUID.test(externalId)) return { recordId: null, hash: null };
  const id = externalId.toLowerCase();
  const exists =
    entityType === "organization"
      ? await ctx.tx.organization.findUnique({ where: { id }, select: { id: true } })
      : entityType === "service"
        ? await ctx.tx.service.findUnique({ where: { id }, select: { id: true } })
        : await ctx.tx.location.findUnique({ where: { id }, select: { id: true } });
  return { recordId: exists ? id : null, hash: null };
}

/** Queued rows are inserted before a record of the chunk is updated (a file naming one record twice). */
export const isPending = (ctx: ImportContext, id: string) =>
  ctx.pending.rows.organization.some((row) => row.id === id) ||
  ctx.pending.rows.location.some((row) => row.id === id) ||
  ctx.pending.rows.service.some((row) => row.id === id);

/** A new record keeps the file's id when it is a free uuid, so that exports round-trip. */
export function newId(externalId: string | null) {
  return externalId && UUID.test(externalId) ? externalId.toLowerCase() : undefined;
}

/** Keeps the external id → record link (written with the chunk; later records of the chunk see it at once). */
export function linkExternal(
  ctx: ImportContext,
  entityType: LinkedEntity,
  externalId: string | null,
  recordId: string,
  hash: string,
) {
  if (!externalId) return;
  const key = knownKey(entityType, externalId);
  ctx.known.set(key, { recordId, hash });
  ctx.pending.links.set(key, { entityType, externalId, recordId, hash });
}

export function auditImport(ctx: ImportContext, entry: AuditEntry) {
  ctx.pending.audit.push(entry);
}

/** What the report keeps of a record: refusals, warnings and duplicates (the rest is counted). */
export const isRemarkable = (result: RecordResult) =>
  result.outcome === "refused" || Object.keys(result.warnings).length > 0 || (result.duplicates?.length ?? 0) > 0;

/** The first records are kept even without remarks (a small file's report lists them all). */
export const KEPT_UNREMARKABLE = 1000;

export function record(ctx: ImportContext, result: RecordResult) {
  ctx.counts[result.outcome]++;
  // Created and unchanged records without remarks are counted only: a 200,000-row report stays small.
  if (isRemarkable(result) || ctx.results.length < KEPT_UNREMARKABLE) ctx.results.push(result);
}

/**
 * A new organization's entry, whose duplicates are looked for with the chunk's others
 * (checkDuplicates): kept until then, since duplicates would make it remarkable.
 */
export function recordAwaitingDuplicates(ctx: ImportContext, result: RecordResult, probe: DuplicateProbe) {
  ctx.counts[result.outcome]++;
  ctx.results.push(result);
  ctx.pending.duplicateChecks.push({ probe, result });
}
