import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Issues } from "./issues";

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

export type ImportContext = {
  tx: Tx;
  actor: Actor;
  importId: string;
  source: string;
  /** External location id → our location id, within this import. */
  locations: Map<string, string>;
  municipalities: Map<string, string | null>;
  results: RecordResult[];
  counts: Record<Outcome, number>;
  serviceIds: Set<string>;
};

export const contentHash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64url");

/** The record an external id designates: already imported from this source, or our own id (our exports). */
export async function resolveRecord(
  ctx: ImportContext,
  entityType: "organization" | "service" | "location",
  externalId: string | null,
) {
  if (!externalId) return { recordId: null, hash: null };
  const link = await ctx.tx.externalIdentifier.findUnique({
    where: { source_entityType_externalId: { source: ctx.source, entityType, externalId } },
  });
  if (link) return { recordId: link.recordId, hash: link.contentHash };
  if (!/^[0-9a-f-]{36}$/i.test(externalId)) return { recordId: null, hash: null };
  const id = externalId.toLowerCase();
  const exists =
    entityType === "organization"
      ? await ctx.tx.organization.findUnique({ where: { id }, select: { id: true } })
      : entityType === "service"
        ? await ctx.tx.service.findUnique({ where: { id }, select: { id: true } })
        : await ctx.tx.location.findUnique({ where: { id }, select: { id: true } });
  return { recordId: exists ? id : null, hash: null };
}

/** A new record keeps the file's id when it is a free uuid, so that exports round-trip. */
export function newId(externalId: string | null) {
  return externalId && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(externalId)
    ? externalId.toLowerCase()
    : undefined;
}

export async function linkExternal(
  ctx: ImportContext,
  entityType: "organization" | "service" | "location",
  externalId: string | null,
  recordId: string,
  hash: string,
) {
  if (!externalId) return;
  await ctx.tx.externalIdentifier.upsert({
    where: { source_entityType_externalId: { source: ctx.source, entityType, externalId } },
    create: { source: ctx.source, entityType, externalId, recordId, contentHash: hash, importId: ctx.importId },
    update: { recordId, contentHash: hash, importId: ctx.importId },
  });
}

export function record(ctx: ImportContext, result: RecordResult) {
  ctx.counts[result.outcome]++;
  // Created and unchanged records without remarks are counted only: a 200,000-row report stays small.
  const remarkable =
    result.outcome === "refused" || Object.keys(result.warnings).length > 0 || (result.duplicates?.length ?? 0) > 0;
  if (remarkable || ctx.results.length < 1000) ctx.results.push(result);
}
