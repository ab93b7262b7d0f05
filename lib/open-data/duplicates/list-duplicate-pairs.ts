import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { REPORT_THRESHOLD, scoreMatch, type DuplicateReason } from "./find-duplicates";

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
 * report editors work through. Pairs come from the trigram index (similar names) and from exact
 * matches (initials, phone, website domain), then are scored as on creation.
 */
export async function listDuplicatePairs(actor: Actor | null, limit = 100): Promise<DuplicatePair[]> {
  assertCan(actor, "records:write");
  const rows = await db.$queryRaw<Row[]>`
    WITH live AS (
      SELECT id, name_fr, name_key AS key, name_initials AS initials,
        lower(substring(website from '^[a-z]+://(?:www\\.)?([^/:?#]+)')) AS domain
      -- An import's organizations join the report when it ends (find-duplicates.ts).
      FROM organization WHERE deleted_at IS NULL AND pending_import_id IS NULL
    ),
    phones AS (
      SELECT DISTINCT coalesce(p.organization_id, s.organization_id) AS organization_id, p.number
      FROM phone p LEFT JOIN service s ON s.id = p.service_id
      WHERE coalesce(p.organization_id, s.organization_id) IS NOT NULL
    ),
    pairs AS (
      SELECT a.id AS a, b.id AS b FROM live a JOIN live b ON a.id < b.id AND a.key % b.key
      UNION SELECT a.id, b.id FROM live a JOIN live b ON a.id < b.id AND length(a.initials) >= 3 AND a.initials = b.initials
      UNION SELECT a.id, b.id FROM live a JOIN live b ON a.id < b.id AND a.domain IS NOT NULL AND a.domain = b.domain
      UNION SELECT pa.organization_id, pb.organization_id FROM phones pa
        JOIN phones pb ON pa.number = pb.number AND pa.organization_id < pb.organization_id
    )
    SELECT a.id AS a_id, a.name_fr AS a_name, b.id AS b_id, b.name_fr AS b_name,
      similarity(a.key, b.key) AS name_score,
      (length(a.initials) >= 3 AND a.initials = b.initials) AS same_initials,
      EXISTS (SELECT 1 FROM phones pa JOIN phones pb ON pa.number = pb.number
        WHERE pa.organization_id = a.id AND pb.organization_id = b.id) AS same_phone,
      (a.domain IS NOT NULL AND a.domain = b.domain) AS same_website
    FROM pairs JOIN live a ON a.id = pairs.a JOIN live b ON b.id = pairs.b`;
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
