import "server-only";
import { db } from "@/lib/db/client";
import { hsdsTaxonomyTerm } from "../map-parts";
import { renderOrganizations } from "../read-organizations";
import { withTranslations } from "./translations";

const BATCH = 100;

export async function countPublicServices() {
  return db.service.count({
    where: {
      status: { in: ["active", "temporarily_closed"] },
      deletedAt: null,
      organization: { status: { in: ["active", "temporarily_closed"] }, deletedAt: null },
    },
  });
}

/**
 * The public directory as HSDS organizations, fully nested (locations, phones, full services),
 * French with English translations, a batch of organizations at a time (keyset on id): the
 * exports never hold more than one batch in memory.
 */
export async function* directoryRecords() {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db.organization.findMany({
      where: { id: { gt: after }, status: { in: ["active", "temporarily_closed"] }, deletedAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) return;
    const ids = batch.map((row) => row.id);
    const options = { full: true, fullService: true };
    const [fr, en] = [
      await renderOrganizations(ids, { ...options, locale: "fr" }),
      await renderOrganizations(ids, { ...options, locale: "en" }),
    ];
    for (let index = 0; index < fr.length; index++)
      yield withTranslations(fr[index], en[index]) as Record<string, unknown> & { services: unknown[] };
    after = ids[ids.length - 1];
  }
}

/** Every taxonomy term, parents before children (hierarchical codes sort that way), bilingual. */
export async function* taxonomyTermRecords() {
  const terms = await db.taxonomyTerm.findMany({ orderBy: [{ code: "asc" }, { id: "asc" }] });
  for (const term of terms)
    yield withTranslations(hsdsTaxonomyTerm("fr", term), hsdsTaxonomyTerm("en", term)) as Record<string, unknown>;
}
