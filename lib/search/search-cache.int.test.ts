import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createService } from "@/tests/factories/directory";
import { deliverOutboxPass } from "./outbox-relay";
import { postgresEngine } from "./postgres/engine";
import { search } from "./search";
import { searchGeneration } from "./search-changes";
import type { SearchQuery } from "./types";

// The result cache is exact: what it serves was computed since the last change of any search
// document, announced by whichever process made it (PostgreSQL NOTIFY).

const query = (q: string): SearchQuery => ({ q, locale: "fr", categories: [], page: 1, perPage: 20 });
const names = async (q: string, fresh = false) => (await search(query(q), { fresh })).hits.map((hit) => hit.name.text);

async function until(check: () => Promise<boolean>, ms = 2_000) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

let serviceId = "";

beforeAll(async () => {
  serviceId = (await createService({ nameFr: "Friperie Tournesol" })).id;
  await postgresEngine.index([serviceId]);
  // The listening connection opens on first use.
  expect(await until(async () => searchGeneration() !== null)).toBe(true);
});

/** A change of the documents this process does not announce, as if another instance's relay made it. */
async function renameBehindTheCache(nameFr: string) {
  await db.service.update({ where: { id: serviceId }, data: { nameFr } });
  await postgresEngine.index([serviceId]);
}

describe("search() result cache", () => {
  it("answers a repeated search from the cache until another process announces a change", async () => {
    expect(await names("tournesol")).toEqual(["Friperie Tournesol"]);
    await renameBehindTheCache("Friperie Tournesol du quartier");
    // Unannounced: the cached answer (proof that there is a cache), but not for a fresh request.
    expect(await names("tournesol")).toEqual(["Friperie Tournesol"]);
    expect(await names("tournesol", true)).toEqual(["Friperie Tournesol du quartier"]);

    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("SELECT pg_notify('search_changed', '')");
    await other.end();
    expect(await until(async () => (await names("tournesol"))[0] === "Friperie Tournesol du quartier")).toBe(true);
  });

  it("forgets on the relay's delivery: an edit is searchable at once", async () => {
    expect(await names("tournesol")).toEqual(["Friperie Tournesol du quartier"]);
    await db.service.update({ where: { id: serviceId }, data: { nameFr: "Friperie Tournesol solidaire" } });
    await db.searchOutbox.create({ data: { entityType: "service", entityId: serviceId, operation: "upsert" } });
    await deliverOutboxPass({ engine: postgresEngine });
    expect(await names("tournesol")).toEqual(["Friperie Tournesol solidaire"]);
  });
});
