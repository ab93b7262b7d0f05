import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDuplicateCandidates, findDuplicateCandidatesOfMany } from "@/lib/open-data/duplicates/find-duplicates";
import { createMunicipality, createOrganization } from "@/tests/factories/directory";

const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const name of [
    "Centre d'action bénévole de Lévis",
    "La Maison des jeunes de Beauce",
    "Société Saint-Vincent de Paul de Québec",
    "Banque alimentaire de Montmagny",
    "Club de curling de Thetford",
  ])
    ids[name] = (await createOrganization({ nameFr: name })).id;
  await db.phone.create({ data: { organizationId: ids["Banque alimentaire de Montmagny"], number: "418 555-0177" } });
  await db.organization.update({
    where: { id: ids["Club de curling de Thetford"] },
    data: { website: "https://www.curling-thetford.ca/accueil" },
  });
  const town = await createMunicipality({ name: "Thetford Mines" });
  await db.location.create({
    data: {
      organizationId: ids["Club de curling de Thetford"],
      nameFr: "Aréna",
      addresses: {
        create: {
          address1: "555, rue Notre-Dame",
          city: "Thetford Mines",
          municipalityId: town.id,
          postalCode: "G6G 2S1",
        },
      },
    },
  });
});

const first = async (probe: Parameters<typeof findDuplicateCandidates>[0]) => (await findDuplicateCandidates(probe))[0];

describe("duplicate candidates", () => {
  it("finds an abbreviation of a name (CAB = Centre d'action bénévole)", async () => {
    expect(await first({ nameFr: "CAB de Lévis" })).toMatchObject({
      id: ids["Centre d'action bénévole de Lévis"],
      reasons: ["abbreviation"],
      score: 0.8,
    });
  });

  it("ignores accents, case and a leading article", async () => {
    const candidate = await first({ nameFr: "maison des jeunes de beauce" });
    expect(candidate).toMatchObject({ id: ids["La Maison des jeunes de Beauce"], reasons: ["similarName"] });
    expect(candidate.score).toBe(1);
    expect(await first({ nameFr: "Societe Saint-Vincent-de-Paul de Quebec" })).toMatchObject({
      id: ids["Société Saint-Vincent de Paul de Québec"],
    });
  });

  it("finds the same phone, the same website domain, the same address under other names", async () => {
    expect(await first({ nameFr: "Comptoir Montmagny", phones: ["418 555-0177"] })).toMatchObject({
      id: ids["Banque alimentaire de Montmagny"],
      reasons: ["samePhone"],
    });
    expect(await first({ nameFr: "Association sportive", website: "curling-thetford.ca" })).toMatchObject({
      id: ids["Club de curling de Thetford"],
      reasons: ["sameWebsite"],
    });
    expect(
      await first({ nameFr: "Autre nom", addresses: [{ address1: "555, rue Notre-Dame", postalCode: "g6g2s1" }] }),
    ).toMatchObject({
      reasons: ["sameAddress"],
    });
  });

  it("does not take a number many organizations share (a regional line) as evidence", async () => {
    const line = "1 800 555-0211";
    const sharers = await Promise.all(
      [
        "Popote de Lotbinière",
        "Halte-garderie Les Moussaillons",
        "Atelier de réparation Vélo-Cité",
        "Friperie Le Grenier",
      ].map((nameFr) => createOrganization({ nameFr })),
    );
    for (const org of sharers.slice(0, 2)) await db.phone.create({ data: { organizationId: org.id, number: line } });
    // Two organizations share it: still a sign that a third one with it may be one of them.
    expect((await findDuplicateCandidates({ nameFr: "Club social de Sainte-Croix", phones: [line] })).length).toBe(2);
    for (const org of sharers.slice(2)) await db.phone.create({ data: { organizationId: org.id, number: line } });
    expect(await findDuplicateCandidates({ nameFr: "Club social de Sainte-Croix", phones: [line] })).toEqual([]);
  });

  it("does not report unrelated organizations, nor the record itself", async () => {
    expect(await findDuplicateCandidates({ nameFr: "Popote roulante de Saint-Georges" })).toEqual([]);
    expect(
      await findDuplicateCandidates({
        nameFr: "Club de curling de Thetford",
        excludeIds: [ids["Club de curling de Thetford"]],
      }),
    ).toEqual([]);
  });
});

describe("duplicate candidates of a whole import chunk, in one query", () => {
  it("finds for each probe what a query of its own finds (accents, articles, initials, phone, website, address)", async () => {
    const probes = [
      { nameFr: "CAB de Lévis" },
      { nameFr: "maison des jeunes de beauce" },
      { nameFr: "Maison des Jeunes de Beauce" },
      { nameFr: "Les Maisons des jeunes de Beauce" },
      { nameFr: "Societe Saint-Vincent-de-Paul de Quebec" },
      { nameFr: "Centre d'action benevole de Levis" },
      { nameFr: "Comptoir Montmagny", phones: ["418 555-0177"] },
      { nameFr: "Association sportive", website: "http://curling-thetford.ca" },
      { nameFr: "Autre nom", addresses: [{ address1: "555, rue Notre-Dame", postalCode: "g6g2s1" }] },
      // The same postal code with a somewhat similar name; the same address under an unrelated name.
      { nameFr: "Club de curling Thetford Mines", addresses: [{ address1: "12, rue du Lac", postalCode: "G6G 2S1" }] },
      { nameFr: "Popote roulante de Saint-Georges" },
      { nameFr: "Club de curling de Thetford", excludeIds: [ids["Club de curling de Thetford"]] },
      // A probe with every kind of evidence at once, and one identical to an earlier probe.
      {
        nameFr: "Banque alimentaire Montmagny",
        phones: ["418 555-0177", "418 555-9999"],
        website: "www.curling-thetford.ca",
        addresses: [{ address1: "555, rue Notre-Dame", postalCode: "G6G 2S1" }],
      },
      { nameFr: "CAB de Lévis" },
    ];
    const together = await findDuplicateCandidatesOfMany(probes);
    const oneByOne = [];
    for (const probe of probes) oneByOne.push(await findDuplicateCandidates(probe));
    expect(together).toEqual(oneByOne);
    // Not an empty agreement: the crafted pairs are found.
    expect(together.map((candidates) => candidates[0]?.name ?? null)).toEqual([
      "Centre d'action bénévole de Lévis",
      "La Maison des jeunes de Beauce",
      "La Maison des jeunes de Beauce",
      "La Maison des jeunes de Beauce",
      "Société Saint-Vincent de Paul de Québec",
      "Centre d'action bénévole de Lévis",
      "Banque alimentaire de Montmagny",
      "Club de curling de Thetford",
      "Club de curling de Thetford",
      "Club de curling de Thetford",
      null,
      null,
      expect.any(String),
      "Centre d'action bénévole de Lévis",
    ]);
    expect(together[12].map((candidate) => candidate.name).sort()).toEqual([
      "Banque alimentaire de Montmagny",
      "Club de curling de Thetford",
    ]);
    expect(await findDuplicateCandidatesOfMany([])).toEqual([]);
  });
});

describe("creating an organization in the back-office", () => {
  it("lists the candidates first, until the editor confirms it is not a duplicate", async () => {
    const { newOrganizationDuplicates } = await import("@/lib/open-data/duplicates/new-organization-duplicates");
    const { createActor } = await import("@/tests/factories/staff");
    const editor = await createActor("editor");
    const { formDataToObject } = await import("@/lib/directory/form-data");
    const posted = new FormData();
    for (const [name, value] of Object.entries({
      nameFr: "CAB de Lévis",
      descriptionFr: "Bénévolat.",
      status: "active",
    }))
      posted.append(name, value);
    const form = formDataToObject(posted);
    const state = await newOrganizationDuplicates(editor, form, "en");
    expect(state).toMatchObject({
      status: "error",
      message: "This organization may already exist. Check the records below before saving it.",
    });
    expect(state!.duplicates!.heading).toBe("Possible duplicates");
    // What a server action returns to a client component must be plain objects.
    expect(Object.getPrototypeOf(state!.values)).toBe(Object.prototype);
    expect(state!.duplicates!.records).toEqual([
      {
        id: ids["Centre d'action bénévole de Lévis"],
        name: "Centre d'action bénévole de Lévis",
        href: `/en/admin/organizations/${ids["Centre d'action bénévole de Lévis"]}`,
        score: "80% alike",
        reasons: ["abbreviation of the name"],
      },
    ]);
    expect(await newOrganizationDuplicates(editor, { ...form, confirmDuplicates: "on" }, "en")).toBeNull();
    await expect(newOrganizationDuplicates(await createActor("viewer"), form, "fr")).rejects.toThrow();
  });
});

describe("merging duplicates", () => {
  it("moves everything to the survivor, keeps external ids and history, redirects the old page", async () => {
    const { mergeOrganizations } = await import("@/lib/open-data/duplicates/merge-organizations");
    const { organizationRedirect } = await import("@/lib/open-data/duplicates/organization-redirect");
    const { listDuplicatePairs } = await import("@/lib/open-data/duplicates/list-duplicate-pairs");
    const { createActor } = await import("@/tests/factories/staff");
    const { createService } = await import("@/tests/factories/directory");
    const editor = await createActor("editor");
    const survivor = await createOrganization({ nameFr: "Entraide familiale de Lotbinière" });
    const merged = await createOrganization({ nameFr: "L'Entraide familiale de Lotbiniere" });
    const service = await createService({ organizationId: merged.id });
    await db.phone.create({ data: { organizationId: merged.id, number: "418 555-0190" } });
    await db.externalIdentifier.create({
      data: { source: "partenaire", entityType: "organization", externalId: "P-42", recordId: merged.id },
    });
    await db.auditEvent.create({
      data: { actorLabel: "test", action: "organization.update", entityType: "organization", entityId: merged.id },
    });

    const pairs = await listDuplicatePairs(editor);
    expect(
      pairs.find((pair) => [pair.a.id, pair.b.id].sort().join() === [survivor.id, merged.id].sort().join()),
    ).toMatchObject({ reasons: ["similarName"] });

    await expect(
      mergeOrganizations(await createActor("viewer"), { survivorId: survivor.id, mergedId: merged.id }),
    ).rejects.toThrow();
    const result = await mergeOrganizations(editor, { survivorId: survivor.id, mergedId: merged.id });
    expect(result.moved).toMatchObject({ services: 1, phones: 1, externalIds: 1 });
    expect((await db.service.findUniqueOrThrow({ where: { id: service.id } })).organizationId).toBe(survivor.id);
    expect((await db.organization.findUniqueOrThrow({ where: { id: merged.id } })).deletedAt).not.toBeNull();
    expect((await db.externalIdentifier.findFirstOrThrow({ where: { externalId: "P-42" } })).recordId).toBe(
      survivor.id,
    );
    const history = await db.auditEvent.findMany({
      where: { entityId: { in: [survivor.id, merged.id] } },
      orderBy: { id: "asc" },
    });
    expect(history.map((event) => event.action)).toEqual([
      "organization.update",
      "organization.merge",
      "organization.merged_into",
    ]);
    expect(await db.searchOutbox.count({ where: { entityId: service.id } })).toBeGreaterThan(0);
    expect(await organizationRedirect(merged.slug)).toBe(survivor.slug);

    const { redirectIfMerged } = await import("@/lib/open-data/duplicates/organization-redirect");
    const redirect = await redirectIfMerged(merged.slug, "en").catch((error: { digest?: string }) => error.digest);
    expect(redirect).toBe(`NEXT_REDIRECT;replace;/en/organizations/${survivor.slug};308;`);
    expect(await redirectIfMerged("no-such-organization", "fr")).toBeUndefined();
  });
});

describe("the duplicates report", () => {
  it("pairs by a number few organizations share, not a shared line, and waits for an import to end", async () => {
    const { listDuplicatePairs } = await import("@/lib/open-data/duplicates/list-duplicate-pairs");
    const { createActor } = await import("@/tests/factories/staff");
    const editor = await createActor("editor");
    const digits = () => String(1000 + Math.floor(Math.random() * 9000));
    const [fewShare, regionalLine] = [`819 555-${digits()}`, `873 555-${digits()}`];
    const [atelier, comptoir] = [
      await createOrganization({ nameFr: "Atelier du Zéphyr de Frampton" }),
      await createOrganization({ nameFr: "Comptoir Quenouille" }),
    ];
    for (const organization of [atelier, comptoir])
      await db.phone.create({ data: { organizationId: organization.id, number: fewShare } });
    const sharing: string[] = [];
    for (const name of ["Refuge Boréal", "Halte Véga", "Jardin Orion", "Escale Altaïr"]) {
      const organization = await createOrganization({ nameFr: name });
      await db.phone.create({ data: { organizationId: organization.id, number: regionalLine } });
      sharing.push(organization.id);
    }
    // Created by an import still running.
    const importing = await createOrganization({ nameFr: "L'Atelier du Zéphyr, Frampton" });
    await db.organization.update({ where: { id: importing.id }, data: { pendingImportId: crypto.randomUUID() } });

    const pairOf = (pairs: Awaited<ReturnType<typeof listDuplicatePairs>>, x: string, y: string) =>
      pairs.find((pair) => [pair.a.id, pair.b.id].sort().join() === [x, y].sort().join());
    let pairs = await listDuplicatePairs(editor, 100_000);
    expect(pairOf(pairs, atelier.id, comptoir.id)).toMatchObject({ reasons: ["samePhone"], score: 0.5 });
    expect(pairs.filter((pair) => sharing.includes(pair.a.id) && sharing.includes(pair.b.id))).toEqual([]);
    expect(pairs.filter((pair) => [pair.a.id, pair.b.id].includes(importing.id))).toEqual([]);

    await db.organization.update({ where: { id: importing.id }, data: { pendingImportId: null } });
    pairs = await listDuplicatePairs(editor, 100_000);
    expect(pairOf(pairs, atelier.id, importing.id)?.reasons).toEqual(["similarName"]);
  });
});
