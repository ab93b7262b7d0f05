import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import {
  NAME_THRESHOLD,
  phoneEvidence,
  REPORT_THRESHOLD,
  scoreMatch,
  websiteDomainOf,
  type DuplicateReason,
} from "./find-duplicates";

export type DuplicatePair = {
  a: { id: string; name: string };
  b: { id: string; name: string };
  score: number;
  reasons: DuplicateReason[];
};

type Row = {
  a_id: string;
  a_name: string;
  b_id: string;
  b_name: string;
  name_score: number;
  same_initials: boolean;
  same_phone: boolean;
  same_website: boolean;
};

/**
 * Pairs of organizations across the directory that may be one and the same, best first: the
 * report editors work through. Pairs come from the trigram index (similar names: each
 * organization's name looked up in the index, as a new record's is) and from exact matches
 * (initials, a phone number few organizations share, website domain), then are scored as on
 * creation (find-duplicates.ts, same thresholds). Comparing every name with every other one
 * instead took 110 s at the demo's 2,080 organizations (similarity recomputed for 2 million pairs);
 * the index takes ~2 s there. An import's organizations join the report when it ends.
 */
export async function listDuplicatePairs(actor: Actor | null, limit = 100): Promise<DuplicatePair[]> {
  assertCan(actor, "records:write");
  const rows = await db.$transaction(
    async (tx) => {
      // The index hands over names at the threshold that counts (see find-duplicates.ts).
      await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(NAME_THRESHOLD)}, true)`;
      return tx.$queryRaw<Row[]>`
      WITH live AS (
        SELECT id, name_fr, name_key AS key, name_initials AS initials,
          ${websiteDomainOf(Prisma.raw("website"))} AS domain
        FROM organization WHERE deleted_at IS NULL AND pending_import_id IS NULL
      ),
      ${phoneEvidence(Prisma.sql`coalesce(p.organization_id, s.organization_id) IS NOT NULL`)},
      same_phone AS (
        SELECT DISTINCT pa.organization_id AS a, pb.organization_id AS b
        FROM phone_owner pa JOIN phone_owner pb ON pa.number = pb.number AND pa.organization_id < pb.organization_id
        WHERE pa.number IN (SELECT number FROM telling_phone)
      ),
      pairs AS (
        -- Not through "live": the join must reach the trigram index of organization itself.
        SELECT a.id AS a, b.id AS b FROM organization a JOIN organization b
          ON b.pending_import_id IS NULL AND b.name_key % a.name_key AND a.id < b.id
        UNION SELECT a.id, b.id FROM live a JOIN live b
          ON a.id < b.id AND length(a.initials) >= 3 AND a.initials = b.initials
        UNION SELECT a.id, b.id FROM live a JOIN live b ON a.id < b.id AND a.domain IS NOT NULL AND a.domain = b.domain
        UNION SELECT a, b FROM same_phone
      )
      SELECT a.id AS a_id, a.name_fr AS a_name, b.id AS b_id, b.name_fr AS b_name,
        similarity(a.key, b.key) AS name_score,
        (length(a.initials) >= 3 AND a.initials = b.initials) AS same_initials,
        (sp.a IS NOT NULL) AS same_phone,
        (a.domain IS NOT NULL AND a.domain = b.domain) AS same_website
      FROM pairs JOIN live a ON a.id = pairs.a JOIN live b ON b.id = pairs.b
        LEFT JOIN same_phone sp ON sp.a = pairs.a AND sp.b = pairs.b`;
    },
    // The whole directory is compared: seconds at the demo's size, more with many look-alikes.
    { timeout: 120_000 },
  );
  return rows
    .map((row) => ({
      a: { id: row.a_id, name: row.a_name },
      b: { id: row.b_id, name: row.b_name },
      ...scoreMatch(row),
    }))
    .filter((pair) => pair.score >= REPORT_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.a.name.localeCompare(y.a.name))
    .slice(0, limit);
}
