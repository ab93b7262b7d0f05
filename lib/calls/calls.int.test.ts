import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getOrganization } from "@/lib/directory/get-organization";
import { getService } from "@/lib/directory/get-service";
import { serviceJsonLd } from "@/lib/directory/service-json-ld";
import { Invalid, NotFound } from "@/lib/errors";
import { getSearchEngine } from "@/lib/search/engine";
import { search } from "@/lib/search/search";
import { createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { createPlace } from "@/tests/factories/search";
import { createActor } from "@/tests/factories/staff";
import { consoleSearch } from "./console-search";
import { tableToCsv } from "./csv";
import { endCall } from "./end-call";
import { flagRecord } from "./flag-record";
import { getCallStats } from "./get-call-stats";
import { getConsoleService } from "./get-console-service";
import { markReferred } from "./mark-referred";
import { purgeCalls } from "./purge-calls";
import { recordEmptySearch } from "./record-empty-search";
import { recordUnmetNeed } from "./record-unmet-need";
import { startCall } from "./start-call";
import { buildStatsTables, type Translate } from "./stats-tables";
import { updateAgentNotes } from "./update-agent-notes";

const invalidFields = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Invalid);
  return (error as Invalid).fieldErrors;
};

describe("a call, from start to save", () => {
  it("keeps the municipality of a postal code (never the code), referrals, unmet needs and empty searches", async () => {
    const agent = await createActor("agent");
    const town = await createPlace({ name: "Lévis", regionCode: "12", latitude: 46.8, longitude: -71.18, fsa: "G6V" });
    const food = await createTaxonomyTerm({ code: "FOODT" });
    const service = await createService({ taxonomyTermIds: [food.id], location: { municipalityId: town.id } });
    const call = await startCall(agent, { place: "G6V 6N5", language: "fr", ageGroup: "age_30_49" });
    expect(call.place?.label).toBe("Lévis");

    await markReferred(agent, { callId: call.id, serviceId: service.id });
    await markReferred(agent, { callId: call.id, serviceId: service.id }); // twice: one referral
    await recordUnmetNeed(agent, { callId: call.id, termCode: "FOODT", reason: "waiting_list" });
    await recordEmptySearch(agent, { callId: call.id, query: "clinique d'impôts" });
    await recordEmptySearch(agent, { callId: call.id, query: "M. Tremblay 418 555-0123" }); // not kept
    await endCall(agent, { callId: call.id, needs: ["FOODT"], howHeard: "internet", note: "Famille de 4" });

    const saved = await db.call.findUniqueOrThrow({
      where: { id: call.id },
      include: { referrals: true, unmetNeeds: true, emptySearches: true, needs: true },
    });
    expect(saved).toMatchObject({
      municipalityId: town.id,
      mrc: "Test",
      regionCode: "12",
      language: "fr",
      ageGroup: "age_30_49",
      howHeard: "internet",
      note: "Famille de 4",
    });
    expect(saved.endedAt).not.toBeNull();
    expect(JSON.stringify(saved)).not.toContain("6N5");
    expect(saved.referrals).toHaveLength(1);
    expect(saved.unmetNeeds).toMatchObject([{ reason: "waiting_list" }]);
    expect(saved.emptySearches.map((s) => s.query)).toEqual(["clinique d'impôts"]);
    expect(saved.needs).toHaveLength(1);
    const audit = await db.auditEvent.findMany({ where: { entityId: call.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "call.start",
      "call.referral",
      "call.referral",
      "call.unmet_need",
      "call.end",
    ]);

    // A saved call takes nothing more; another agent never writes into someone's call.
    await expect(markReferred(agent, { callId: call.id, serviceId: service.id })).rejects.toBeInstanceOf(NotFound);
    const other = await startCall(agent, {});
    await expect(endCall(await createActor("agent"), { callId: other.id })).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses notes and comments that look like personal information, field by field, and keeps the call open", async () => {
    const agent = await createActor("agent");
    const call = await startCall(agent, {});
    for (const [note, key] of [
      ["rappeler au 418-555-0123", "piiPhone"],
      ["courriel: jean@example.org", "piiEmail"],
      ["habite G1K 1A1", "piiPostalCode"],
      ["RAMQ TREM 1234 5678", "piiHealthInsurance"],
      ["x".repeat(201), "tooLong"],
    ]) {
      expect(await invalidFields(endCall(agent, { callId: call.id, note }))).toEqual({ note: [key] });
    }
    expect((await db.call.findUniqueOrThrow({ where: { id: call.id } })).endedAt).toBeNull();
    const service = await createService();
    expect(
      await invalidFields(
        flagRecord(agent, { serviceId: service.id, reason: "other", comment: "demander marie@example.org" }),
      ),
    ).toEqual({ comment: ["piiEmail"] });
    expect(await invalidFields(startCall(agent, { place: "Atlantide" }))).toEqual({ place: ["placeUnknown"] });
  });
});

describe("retention", () => {
  it("deletes the calls older than the retention period, with their rows, and nothing newer", async () => {
    const agent = await createActor("agent");
    const now = new Date("2026-12-02T12:00:00Z");
    const old = await startCall(agent, {});
    const recent = await startCall(agent, {});
    const term = await createTaxonomyTerm();
    await db.call.update({ where: { id: old.id }, data: { startedAt: new Date("2023-11-30T12:00:00Z") } });
    await db.call.update({ where: { id: recent.id }, data: { startedAt: new Date("2023-12-03T12:00:00Z") } });
    await db.callNeed.create({ data: { callId: old.id, termId: term.id } });

    const result = await purgeCalls(SYSTEM_ACTOR, { now, months: 36 });
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await db.call.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.callNeed.count({ where: { callId: old.id } })).toBe(0);
    expect(await db.call.findUnique({ where: { id: recent.id } })).not.toBeNull();
    // A shorter period (CALL_LOG_RETENTION_MONTHS) deletes the other one too.
    await purgeCalls(SYSTEM_ACTOR, { now, months: 12 });
    expect(await db.call.findUnique({ where: { id: recent.id } })).toBeNull();
  });
});

describe("statistics on real calls", () => {
  const t = ((key: string) =>
    ({ lessThanFive: "< 5", withheld: "masqué", notGiven: "—", "columns.total": "Total" })[key] ?? key) as Translate;

  it("never show a count from 1 to 4, and a lone small cell takes a complementary one with it", async () => {
    const editor = await createActor("editor");
    const day = new Date("2026-03-10T15:00:00Z");
    // 30 calls in French, 3 in English, 7 in Spanish, on one day of a period with no other calls.
    const languages = [...Array(30).fill("fr"), ...Array(3).fill("en"), ...Array(7).fill("es")];
    await db.call.createMany({
      data: languages.map((language, i) => ({
        language,
        startedAt: new Date(day.getTime() + i * 60_000),
        endedAt: new Date(day.getTime() + i * 60_000 + 300_000),
      })),
    });
    const stats = await getCallStats(editor, { from: "2026-03-10", to: "2026-03-10" }, "fr");
    const tables = buildStatsTables(stats, t, (code) => code);
    const shown = tables.flatMap((table) => [...table.rows.flatMap((row) => row.cells), ...(table.total ?? [])]);
    expect(shown.some((cell) => typeof cell === "number" && cell >= 1 && cell <= 4)).toBe(false);

    const byLanguage = tables.find((table) => table.id === "languages")!;
    const cells = Object.fromEntries(byLanguage.rows.map((row) => [row.key, row.cells[0]]));
    expect(cells).toMatchObject({ en: "lt5", es: "withheld" });
    // Published counts carry their cell-key offset (lib/calls/perturbation.ts): at most 2.
    expect(Math.abs((cells.fr as number) - 30)).toBeLessThanOrEqual(2);
    expect(Math.abs((byLanguage.total![0] as number) - 40)).toBeLessThanOrEqual(2);
    const csv = tableToCsv(byLanguage, t);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain('"en","< 5"');
    expect(csv).not.toMatch(/"[1-4]"/);
  });
});

describe("statistics asked twice", () => {
  const t = ((key: string) => key) as Translate;

  it("cannot be subtracted to reveal a small count: two answers differ by the hidden count plus an unknown offset", async () => {
    const editor = await createActor("editor");
    // Six calls on each of the 20 days before March 31, then 2 on March 31: the count an
    // attacker wants is March 31's (2), hidden as "< 5" when asked alone.
    const at = (day: number, i: number) => new Date(Date.UTC(2026, 2, day, 14, i));
    const data = [
      ...Array.from({ length: 20 }, (_, d) => Array.from({ length: 6 }, (_, i) => at(11 + d, i))).flat(),
      at(31, 0),
      at(31, 1),
    ].map((startedAt, i) => ({
      // Fixed ids: each call's key comes from its id, so the offsets, and this test, are the same on every run.
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
      startedAt,
      endedAt: new Date(startedAt.getTime() + 60_000),
      language: "fr",
    }));
    await db.call.createMany({ data });
    const languages = async (from: string, to: string) => {
      const stats = await getCallStats(editor, { from, to }, "fr");
      return buildStatsTables(stats, t, (code) => code).find((table) => table.id === "languages")!;
    };
    const total = async (from: string, to: string) => (await languages(from, to)).total![0];
    // Asked alone, March 31 says nothing.
    const alone = await languages("2026-03-31", "2026-03-31");
    expect([alone.rows[0].cells[0], alone.total![0]]).toEqual(["lt5", "withheld"]);

    const differences: number[] = [];
    for (let start = 11; start <= 30; start++) {
      const from = `2026-03-${String(start).padStart(2, "0")}`;
      const withIt = await total(from, "2026-03-31");
      const without = await total(from, "2026-03-30");
      expect(await total(from, "2026-03-31")).toBe(withIt); // the same question, the same answer
      differences.push((withIt as number) - (without as number));
    }
    // Without the offsets every difference would be exactly 2; with them the attacker sees
    // 2 plus an unknown −4…+4 that changes with the calls asked about.
    expect(differences.every((d) => Math.abs(d - 2) <= 4)).toBe(true);
    expect(new Set(differences).size).toBeGreaterThanOrEqual(2);
    expect(differences.filter((d) => d === 2).length).toBeLessThan(differences.length);
  });
});

describe("statistics of one MRC", () => {
  it("count only that MRC's calls, and its unmet needs by municipality", async () => {
    const editor = await createActor("editor");
    const town = await createPlace({
      name: "Saint-Lazare",
      regionCode: "12",
      latitude: 46.65,
      longitude: -70.8,
      fsa: "G0R",
    });
    await db.municipality.update({ where: { id: town.id }, data: { mrc: "Bellechasse-test" } });
    const term = await createTaxonomyTerm({ code: "HOUSINGT" });
    const at = new Date("2026-04-08T14:00:00Z");
    const inMrc = await db.call.create({
      data: { startedAt: at, endedAt: at, mrc: "Bellechasse-test", regionCode: "12", municipalityId: town.id },
    });
    await db.call.create({ data: { startedAt: at, endedAt: at, mrc: "Ailleurs", regionCode: "12" } });
    await db.callUnmetNeed.create({ data: { callId: inMrc.id, termId: term.id, reason: "no_resource" } });
    const stats = await getCallStats(editor, { from: "2026-04-08", to: "2026-04-08", mrc: "Bellechasse-test" }, "fr");
    expect(stats.perPeriod.reduce((sum, row) => sum + row.n, 0)).toBe(1);
    expect(stats.unmet).toMatchObject([{ key: "HOUSINGT", area: "Saint-Lazare", n: 1 }]);
  });
});

describe("notes for agents", () => {
  it("are read in the console only: never on public pages, the search API, JSON-LD or search documents", async () => {
    const editor = await createActor("editor");
    const town = await createPlace({
      name: "Beauport",
      regionCode: "03",
      latitude: 46.86,
      longitude: -71.19,
      fsa: "G1E",
    });
    const service = await createService({ nameFr: "Popote roulante Beauport", location: { municipalityId: town.id } });
    const marker = "NOTE-INTERNE-7f3a";
    await updateAgentNotes(editor, { entity: "service", id: service.id, agentNotes: `${marker} service` });
    await updateAgentNotes(editor, { entity: "organization", id: service.organizationId, agentNotes: `${marker} org` });
    await (await getSearchEngine()).index([service.id]);

    const publicService = await getService(service.slug, "fr");
    const organization = await db.organization.findUniqueOrThrow({ where: { id: service.organizationId } });
    const publicOrganization = await getOrganization(organization.slug, "fr");
    const found = await search({ q: "popote beauport", locale: "fr", categories: [], page: 1, perPage: 10 });
    expect(found.hits.map((hit) => hit.id)).toContain(service.id);
    const documents = await db.$queryRaw<{ doc: string }[]>`
      SELECT to_jsonb(d)::text AS doc FROM search_document d WHERE service_id = ${service.id}::uuid`;
    expect(documents).toHaveLength(1);
    const exposed = [
      JSON.stringify(publicService),
      JSON.stringify(publicOrganization),
      JSON.stringify(found),
      JSON.stringify(serviceJsonLd(publicService!, { service: "https://x/s", organization: "https://x/o" })),
      documents[0]!.doc,
    ];
    for (const text of exposed) expect(text).not.toContain(marker);

    const agent = await createActor("agent");
    const detail = await getConsoleService(agent, service.slug, "fr");
    expect(detail?.agentNotes).toEqual({ service: `${marker} service`, organization: `${marker} org` });
    const results = await consoleSearch(agent, { q: "popote beauport", place: "G1E" }, "fr");
    expect(results.hits[0]).toMatchObject({
      id: service.id,
      municipality: "Beauport",
      mainPhone: { number: "418 555-0100" },
    });
    expect(JSON.stringify(results)).not.toContain(marker);
  });
});
