import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type DuplicateReason =
  "similarName" | "abbreviation" | "samePhone" | "sameAddress" | "samePostalCode" | "sameWebsite";
export type DuplicateCandidate = { id: string; name: string; slug: string; score: number; reasons: DuplicateReason[] };

/** What is compared: a record being created (back-office or import) or an existing one. */
export type DuplicateProbe = {
  nameFr: string;
  phones?: string[];
  website?: string | null;
  addresses?: { address1: string; postalCode: string }[];
  excludeIds?: string[];
};

const NAME_THRESHOLD = 0.45;
/**
 * A number shared by more organizations than this (a regional line, a federation's switchboard,
 * or the demo data's few 555 numbers) says nothing about two of them being one; counting it made
 * every probe score hundreds of organizations (imports slowed to ~27 services/s at 20,000).
 */
const MAX_PHONE_SHARERS = 3;

export function websiteDomain(website: string | null | undefined) {
  if (!website) return null;
  try {
    return new URL(/^[a-z]+:/i.test(website) ? website : `https://${website}`).hostname
      .replace(/^www\./, "")
      .toLowerCase();
  } catch {
    return null;
  }
}

const postal = (code: string) => code.replace(/\s+/g, "").toUpperCase();

/** The evidence that two organizations are one, as the queries return it. */
export type MatchEvidence = {
  name_score: number;
  same_initials: boolean;
  same_phone: boolean;
  same_address?: boolean;
  same_postal?: boolean;
  same_website: boolean;
};

/** A score from 0 to 1 and its reasons: the name's resemblance, plus each exact match. */
export function scoreMatch(row: MatchEvidence): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const add = (reason: DuplicateReason, weight: number) => {
    reasons.push(reason);
    score += weight;
  };
  if (row.name_score >= NAME_THRESHOLD) add("similarName", row.name_score);
  // Initials only tell something when the names differ ("CAB" and "Centre d'action bénévole").
  else if (row.same_initials) add("abbreviation", 0.8);
  if (row.same_phone) add("samePhone", 0.5);
  if (row.same_address) add("sameAddress", 0.5);
  else if (row.same_postal && row.name_score >= 0.3) add("samePostalCode", 0.3);
  if (row.same_website) add("sameWebsite", 0.5);
  return { score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

export const REPORT_THRESHOLD = 0.5;

/**
 * Organizations that may be the same as the probe, with a score (0–1) and why: a similar name
 * (pg_trgm similarity of names without accents, case or leading article), the same initials
 * ("CAB" and "Centre d'action bénévole"), the same phone number, the same address, the same postal
 * code with a somewhat similar name, the same website domain. Candidates are gathered by index
 * (trigram index on the name key) and by exact matches, then scored. A shared postal code alone
 * never reaches the threshold (0.3, with a name similar enough to be a candidate already), so
 * addresses gather candidates only when the whole address matches: a postal code shared by
 * hundreds of organizations would otherwise make each probe score them all (imports). For the same
 * reason only names similar enough to count are gathered by name, and only numbers few
 * organizations share are evidence.
 */
export async function findDuplicateCandidates(
  probe: DuplicateProbe,
  client: Tx | typeof db = db,
): Promise<DuplicateCandidate[]> {
  const phones = probe.phones ?? [];
  const postals = (probe.addresses ?? []).map((a) => postal(a.postalCode));
  const addressKeys = (probe.addresses ?? []).map((a) => `${postal(a.postalCode)}|${a.address1}`);
  const domain = websiteDomain(probe.website);
  const exclude = probe.excludeIds ?? [];
  const rows = await client.$queryRaw<
    {
      id: string;
      name: string;
      slug: string;
      name_score: number;
      same_initials: boolean;
      same_phone: boolean;
      same_address: boolean;
      same_postal: boolean;
      same_website: boolean;
    }[]
  >(Prisma.sql`
    WITH probe AS (SELECT open_data_name_key(${probe.nameFr}) AS key, open_data_initials(${probe.nameFr}) AS initials),
    phone_owner AS (
      SELECT coalesce(p.organization_id, s.organization_id) AS organization_id, p.number
      FROM phone p LEFT JOIN service s ON s.id = p.service_id WHERE p.number = ANY(${phones}::text[])
    ),
    telling_phone AS (
      SELECT number FROM phone_owner GROUP BY number HAVING count(DISTINCT organization_id) <= ${MAX_PHONE_SHARERS}
    ),
    candidates AS (
      SELECT o.id FROM organization o, probe
        WHERE open_data_name_key(o.name_fr) % probe.key
          AND similarity(open_data_name_key(o.name_fr), probe.key) >= ${NAME_THRESHOLD}
      UNION SELECT o.id FROM organization o, probe WHERE length(probe.initials) >= 3 AND open_data_initials(o.name_fr) = probe.initials
      UNION SELECT organization_id FROM phone_owner WHERE number IN (SELECT number FROM telling_phone)
      UNION SELECT l.organization_id FROM address a JOIN location l ON l.id = a.location_id
        WHERE upper(replace(a.postal_code, ' ', '')) = ANY(${postals}::text[])
          AND upper(replace(a.postal_code, ' ', '')) || '|' || a.address_1 = ANY(${addressKeys}::text[])
      UNION SELECT o.id FROM organization o
        WHERE ${domain}::text IS NOT NULL AND lower(substring(o.website from '^[a-z]+://(?:www\\.)?([^/:?#]+)')) = ${domain}
    )
    SELECT o.id, o.name_fr AS name, o.slug,
      similarity(open_data_name_key(o.name_fr), probe.key) AS name_score,
      (length(probe.initials) >= 3 AND open_data_initials(o.name_fr) = probe.initials) AS same_initials,
      EXISTS (SELECT 1 FROM phone_owner po WHERE po.organization_id = o.id
        AND po.number IN (SELECT number FROM telling_phone)) AS same_phone,
      EXISTS (SELECT 1 FROM address a JOIN location l ON l.id = a.location_id WHERE l.organization_id = o.id
        AND upper(replace(a.postal_code, ' ', '')) || '|' || a.address_1 = ANY(${addressKeys}::text[])) AS same_address,
      EXISTS (SELECT 1 FROM address a JOIN location l ON l.id = a.location_id WHERE l.organization_id = o.id
        AND upper(replace(a.postal_code, ' ', '')) = ANY(${postals}::text[])) AS same_postal,
      (${domain}::text IS NOT NULL AND lower(substring(o.website from '^[a-z]+://(?:www\\.)?([^/:?#]+)')) = ${domain}) AS same_website
    FROM organization o JOIN candidates c ON c.id = o.id, probe
    WHERE o.deleted_at IS NULL AND NOT (o.id = ANY(${exclude}::uuid[]))
    LIMIT 200`);
  return rows
    .map((row) => ({ id: row.id, name: row.name, slug: row.slug, ...scoreMatch(row) }))
    .filter((candidate) => candidate.score >= REPORT_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, 5);
}
