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

export const NAME_THRESHOLD = 0.45;
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

/**
 * The evidence of a phone number, for this query and the directory's report
 * (list-duplicate-pairs.ts): each organization's numbers (its own and its services'), as the CTE
 * `phone_owner`, and those of its numbers few organizations share, as `telling_phone`.
 */
export const phoneEvidence = (numbers: Prisma.Sql) => Prisma.sql`
    phone_owner AS (
      SELECT DISTINCT coalesce(p.organization_id, s.organization_id) AS organization_id, p.number
      FROM phone p LEFT JOIN service s ON s.id = p.service_id
      WHERE ${numbers}
    ),
    telling_phone AS (
      SELECT number FROM phone_owner GROUP BY number HAVING count(DISTINCT organization_id) <= ${MAX_PHONE_SHARERS}
    )`;

/** An organization's website domain, as the expression index organization_website_domain_idx has it. */
export const websiteDomainOf = (website: Prisma.Sql) =>
  Prisma.sql`lower(substring(${website} from '^[a-z]+://(?:www\\.)?([^/:?#]+)'))`;

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
 * Organizations that may be the same as each probe, with a score (0–1) and why — one query for
 * all the probes (an import chunk's new organizations; the back-office's one record): a similar
 * name (pg_trgm similarity of names without accents, case or leading article), the same initials
 * ("CAB" and "Centre d'action bénévole"), the same phone number, the same address, the same postal
 * code with a somewhat similar name, the same website domain. Candidates are gathered by index
 * (trigram index on the stored name key, organization.name_key) and by exact matches, then scored. A shared postal code alone
 * never reaches the threshold (0.3, with a name similar enough to be a candidate already), so
 * addresses gather candidates only when the whole address matches: a postal code shared by
 * hundreds of organizations would otherwise make each probe score them all (imports). For the same
 * reason only names similar enough to count are gathered by name, and only numbers few
 * organizations share are evidence. One probe per query cost an import a round trip and a plan
 * per new organization (decision 014): the chunk's probes are unnested and joined instead.
 * Organizations an import is still creating (pending_import_id) are no candidates: an import
 * compares its records with the directory as it was when it began, not with each other — a file's
 * records are told apart by their ids, and a trigram search over every record the same import had
 * written made each probe cost more as the import went on (150 ms at 80,000 look-alike names).
 * Returns, for each probe in order, its best five candidates.
 */
export async function findDuplicateCandidatesOfMany(
  probes: DuplicateProbe[],
  client: Tx | typeof db = db,
): Promise<DuplicateCandidate[][]> {
  if (probes.length === 0) return [];
  if ("$transaction" in client) return client.$transaction((tx) => findDuplicateCandidatesOfMany(probes, tx));
  // The trigram index hands over names sharing this share of trigrams (pg_trgm's % operator,
  // 0.3 by default), each then rechecked by computing its name key: at the threshold that counts,
  // it hands over a fifth as many (at 8,000 look-alike names, 500 probes: 16 s → 5 s). Set for
  // the transaction only; an import's transaction runs no other trigram query.
  await client.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(NAME_THRESHOLD)}, true)`;
  const rows = await client.$queryRaw<(MatchEvidence & { probe: number; id: string; name: string; slug: string })[]>(
    duplicateQuery(probes),
  );
  const found: DuplicateCandidate[][] = probes.map(() => []);
  for (const row of rows) {
    const candidate = { id: row.id, name: row.name, slug: row.slug, ...scoreMatch(row) };
    if (candidate.score >= REPORT_THRESHOLD) found[row.probe - 1].push(candidate);
  }
  return found.map((candidates) =>
    candidates.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, 5),
  );
}

/** The candidates of every probe with their evidence (probe: the probe's index, 1-based). */
export function duplicateQuery(probes: DuplicateProbe[]) {
  // The probes' lists flattened to parallel arrays, each value with its probe's index (1-based).
  const each = <T>(pick: (probe: DuplicateProbe) => T[]) =>
    probes.flatMap((probe, index) => pick(probe).map((value) => ({ probe: index + 1, value })));
  const phones = each((probe) => probe.phones ?? []);
  const addresses = each((probe) => probe.addresses ?? []);
  const excluded = each((probe) => probe.excludeIds ?? []);
  return Prisma.sql`
    WITH probe AS (
      SELECT t.probe::int AS probe, open_data_name_key(t.name) AS key, open_data_initials(t.name) AS initials, t.domain
      FROM unnest(${probes.map((probe) => probe.nameFr)}::text[], ${probes.map((probe) => websiteDomain(probe.website))}::text[])
        WITH ORDINALITY AS t(name, domain, probe)
    ),
    probe_phone AS (
      SELECT * FROM unnest(${phones.map((p) => p.probe)}::int[], ${phones.map((p) => p.value)}::text[]) AS t(probe, number)
    ),
    probe_address AS (
      SELECT * FROM unnest(${addresses.map((a) => a.probe)}::int[],
        ${addresses.map((a) => postal(a.value.postalCode))}::text[],
        ${addresses.map((a) => `${postal(a.value.postalCode)}|${a.value.address1}`)}::text[]) AS t(probe, postal, key)
    ),
    ${phoneEvidence(Prisma.sql`p.number IN (SELECT number FROM probe_phone)`)},
    same_phone AS (
      SELECT DISTINCT pp.probe, po.organization_id FROM probe_phone pp JOIN phone_owner po USING (number)
      WHERE pp.number IN (SELECT number FROM telling_phone)
    ),
    address_owner AS (
      SELECT l.organization_id, upper(replace(a.postal_code, ' ', '')) AS postal,
        upper(replace(a.postal_code, ' ', '')) || '|' || a.address_1 AS key
      FROM address a JOIN location l ON l.id = a.location_id
      WHERE upper(replace(a.postal_code, ' ', '')) IN (SELECT postal FROM probe_address)
    ),
    same_address AS (
      SELECT DISTINCT pa.probe, ao.organization_id FROM probe_address pa JOIN address_owner ao USING (key)
    ),
    same_postal AS (
      SELECT DISTINCT pa.probe, ao.organization_id FROM probe_address pa JOIN address_owner ao USING (postal)
    ),
    candidates AS (
      SELECT p.probe, o.id FROM probe p JOIN organization o
        ON o.pending_import_id IS NULL AND o.name_key % p.key AND similarity(o.name_key, p.key) >= ${NAME_THRESHOLD}
      UNION SELECT p.probe, o.id FROM probe p JOIN organization o
        ON o.pending_import_id IS NULL AND length(p.initials) >= 3 AND o.name_initials = p.initials
      UNION SELECT probe, organization_id FROM same_phone
      UNION SELECT probe, organization_id FROM same_address
      UNION SELECT p.probe, o.id FROM probe p JOIN organization o
        ON p.domain IS NOT NULL AND ${websiteDomainOf(Prisma.raw("o.website"))} = p.domain
    )
    SELECT c.probe, o.id, o.name_fr AS name, o.slug,
      similarity(o.name_key, p.key) AS name_score,
      (length(p.initials) >= 3 AND o.name_initials = p.initials) AS same_initials,
      (sp.probe IS NOT NULL) AS same_phone,
      (sa.probe IS NOT NULL) AS same_address,
      (spc.probe IS NOT NULL) AS same_postal,
      (p.domain IS NOT NULL AND ${websiteDomainOf(Prisma.raw("o.website"))} = p.domain) AS same_website
    FROM candidates c
      JOIN probe p ON p.probe = c.probe
      JOIN organization o ON o.id = c.id
      LEFT JOIN same_phone sp ON sp.probe = c.probe AND sp.organization_id = o.id
      LEFT JOIN same_address sa ON sa.probe = c.probe AND sa.organization_id = o.id
      LEFT JOIN same_postal spc ON spc.probe = c.probe AND spc.organization_id = o.id
    WHERE o.deleted_at IS NULL AND o.pending_import_id IS NULL
      AND (c.probe, o.id) NOT IN (
        SELECT * FROM unnest(${excluded.map((e) => e.probe)}::int[], ${excluded.map((e) => e.value)}::uuid[]))`;
}

/** The organizations one record may duplicate (the back-office's create form): the same query, one probe. */
export async function findDuplicateCandidates(
  probe: DuplicateProbe,
  client: Tx | typeof db = db,
): Promise<DuplicateCandidate[]> {
  return (await findDuplicateCandidatesOfMany([probe], client))[0];
}
