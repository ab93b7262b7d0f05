import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { addTerm } from "./add-term";
import { renameTerm } from "./rename-term";
import { moveTerm } from "./move-term";
import { mergeTerms } from "./merge-terms";
import * as factories from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { auditRows, breakOutbox, outboxRows } from "@/tests/factories/records";

describe("addTerm", () => {
  it("adds a term under a parent; a taken code is a field error", async () => {
    const editor = await createActor("editor");
    const parent = await factories.createTaxonomyTerm({ code: "HOUSING" });
    const { id } = await addTerm(editor, {
      code: "housing.shelter",
      nameFr: "Hébergement d'urgence",
      parentId: parent.id,
    });
    expect(await db.taxonomyTerm.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "HOUSING.SHELTER",
      slug: "housing-shelter",
      parentId: parent.id,
    });
    const error = await addTerm(editor, { code: "HOUSING.SHELTER", nameFr: "" }).catch((e) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({ nameFr: ["required"] });
    const taken = await addTerm(editor, { code: "HOUSING.SHELTER", nameFr: "Doublon" }).catch((e) => e);
    expect((taken as Invalid).fieldErrors).toEqual({ code: ["codeTaken"] });
    await expect(addTerm(await createActor("agent"), { code: "X", nameFr: "X" })).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("renameTerm", () => {
  it("renames in both languages, keeps the code and re-indexes the services under it", async () => {
    const parent = await factories.createTaxonomyTerm();
    const child = await factories.createTaxonomyTerm({ parentId: parent.id, code: `${parent.code}.CHILD` });
    const service = await factories.createService({ taxonomyTermIds: [child.id] });
    await renameTerm(await createActor("editor"), parent.id, {
      version: 1,
      nameFr: "Aide alimentaire",
      nameEn: "Food aid",
    });
    expect(await db.taxonomyTerm.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({
      code: parent.code,
      nameFr: "Aide alimentaire",
      nameEn: "Food aid",
      version: 2,
    });
    expect(await outboxRows(service.id)).toHaveLength(1);
    await expect(
      renameTerm(await createActor("editor"), parent.id, { version: 1, nameFr: "Périmé" }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("rolls back the rename and its audit row if the outbox write fails", async () => {
    const term = await factories.createTaxonomyTerm({ nameFr: "Avant" });
    await factories.createService({ taxonomyTermIds: [term.id] });
    const repair = await breakOutbox();
    try {
      await expect(renameTerm(await createActor("editor"), term.id, { version: 1, nameFr: "Après" })).rejects.toThrow();
    } finally {
      await repair();
    }
    expect((await db.taxonomyTerm.findUniqueOrThrow({ where: { id: term.id } })).nameFr).toBe("Avant");
    expect(await auditRows(term.id)).toHaveLength(0);
  });
});

describe("moveTerm", () => {
  it("changes the parent only, and refuses cycles", async () => {
    const editor = await createActor("editor");
    const a = await factories.createTaxonomyTerm();
    const b = await factories.createTaxonomyTerm({ parentId: a.id });
    const c = await factories.createTaxonomyTerm({ parentId: b.id });
    const other = await factories.createTaxonomyTerm();
    await moveTerm(editor, b.id, { version: 1, parentId: other.id });
    expect(await db.taxonomyTerm.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      parentId: other.id,
      code: b.code,
    });
    const cycle = await moveTerm(editor, other.id, { version: 1, parentId: c.id }).catch((e) => e);
    expect((cycle as Invalid).fieldErrors).toEqual({ parentId: ["termCycle"] });
    const self = await moveTerm(editor, b.id, { version: 2, parentId: b.id }).catch((e) => e);
    expect((self as Invalid).fieldErrors).toEqual({ parentId: ["termCycle"] });
    await moveTerm(editor, b.id, { version: 2, parentId: "" });
    expect((await db.taxonomyTerm.findUniqueOrThrow({ where: { id: b.id } })).parentId).toBeNull();
  });
});

describe("mergeTerms", () => {
  it("moves every link without duplicates, moves the children, deletes the source, audits both", async () => {
    const editor = await createActor("editor");
    const source = await factories.createTaxonomyTerm();
    const target = await factories.createTaxonomyTerm();
    const child = await factories.createTaxonomyTerm({ parentId: source.id });
    const onlySource = await factories.createService({ taxonomyTermIds: [source.id] });
    const both = await factories.createService({ taxonomyTermIds: [source.id, target.id] });
    const underChild = await factories.createService({ taxonomyTermIds: [child.id] });

    await mergeTerms(editor, { sourceId: source.id, targetId: target.id });

    expect(await db.taxonomyTerm.findUnique({ where: { id: source.id } })).toBeNull();
    expect((await db.taxonomyTerm.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(target.id);
    const links = await db.serviceTaxonomyTerm.findMany({ where: { termId: target.id } });
    expect(links.map((l) => l.serviceId).sort()).toEqual([onlySource.id, both.id].sort());
    for (const service of [onlySource, both, underChild]) expect(await outboxRows(service.id)).toHaveLength(1);
    expect((await auditRows(source.id)).map((r) => r.action)).toEqual(["taxonomy.merge"]);
    expect((await auditRows(target.id)).map((r) => r.action)).toEqual(["taxonomy.merge_into"]);
  });

  it("refuses merging a term into itself or into its own descendant", async () => {
    const editor = await createActor("admin");
    const parent = await factories.createTaxonomyTerm();
    const child = await factories.createTaxonomyTerm({ parentId: parent.id });
    const self = await mergeTerms(editor, { sourceId: parent.id, targetId: parent.id }).catch((e) => e);
    expect((self as Invalid).fieldErrors).toEqual({ targetId: ["mergeSelf"] });
    const down = await mergeTerms(editor, { sourceId: parent.id, targetId: child.id }).catch((e) => e);
    expect((down as Invalid).fieldErrors).toEqual({ targetId: ["termCycle"] });
    await expect(
      mergeTerms(await createActor("viewer"), { sourceId: parent.id, targetId: child.id }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});
