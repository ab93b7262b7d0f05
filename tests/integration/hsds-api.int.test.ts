import { beforeAll, describe, expect, it } from "vitest";
import { GET as info } from "@/app/api/hsds/route";
import { GET as openapi } from "@/app/api/hsds/openapi.json/route";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as organization } from "@/app/api/hsds/organizations/[id]/route";
import { GET as salList } from "@/app/api/hsds/service_at_locations/route";
import { GET as salItem } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as services } from "@/app/api/hsds/services/route";
import { GET as service } from "@/app/api/hsds/services/[id]/route";
import { GET as taxonomies } from "@/app/api/hsds/taxonomies/route";
import { GET as taxonomy } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as terms } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as term } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { db } from "@/lib/db/client";
import { createOrganization, createService, createTaxonomyTerm } from "@/tests/factories/directory";
import { createPlace } from "@/tests/factories/search";
import { expectValid, hsdsPageValidator, hsdsValidator } from "@/tests/open-data/hsds-validator";

type Handler = (request: Request) => Promise<Response> | Response;
type ItemHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const url = (path: string) => `http://localhost/api/hsds${path}`;
const call = (handler: Handler, path: string, headers: Record<string, string> = {}) =>
  handler(new Request(url(path), { headers }));
const callItem = (handler: ItemHandler, path: string, id: string) =>
  handler(new Request(url(path)), { params: Promise.resolve({ id }) });
const json = async (response: Response | Promise<Response>) => {
  const answer = await response;
  expect(answer.status).toBe(200);
  return answer.json();
};

const ids = { full: "", fallback: "", inactive: "", hiddenByOrg: "", org: "", parent: "", child: "", sal: "" };

beforeAll(async () => {
  const levis = await createPlace({
    name: "Lévis",
    regionCode: "12",
    latitude: 46.8033,
    longitude: -71.1779,
    fsa: "G6V",
  });
  const parent = await createTaxonomyTerm({ code: "HSDSFOOD", nameFr: "Alimentation", nameEn: "Food" });
  const child = await createTaxonomyTerm({
    code: "HSDSFOOD.BANK",
    nameFr: "Banques alimentaires",
    nameEn: null,
    parentId: parent.id,
  });
  const org = await createOrganization({ nameFr: "Entraide Lévis HSDS" });
  const full = await createService({
    organizationId: org.id,
    nameFr: "Banque alimentaire Étoile",
    nameEn: "Star Food Bank",
    taxonomyTermIds: [child.id],
    languages: ["fr", "en"],
    location: { municipalityId: levis.id, wheelchair: true, postalCode: "G6V 6N5" },
    phones: [
      { number: "418 555-0123", extension: "12" },
      { number: "1 800 555-0199", type: "toll_free" },
    ],
    hours: [
      [1, "09:00", "12:00"],
      [1, "13:00", "17:00"],
      [5, "21:00", "07:00"],
    ],
  });
  await db.service.update({ where: { id: full.id }, data: { agentNotes: "NOTE-INTERNE-SECRETE", minimumAge: 18 } });
  await db.requiredDocument.create({
    data: { serviceId: full.id, documentFr: "Preuve de résidence", documentEn: "Proof of address" },
  });
  await db.serviceArea.create({ data: { serviceId: full.id, regionCode: "12" } });
  await db.serviceArea.create({ data: { serviceId: full.id, municipalityId: levis.id } });
  const fallback = await createService({
    organizationId: org.id,
    nameFr: "Popote roulante",
    nameEn: null,
    descriptionEn: null,
    status: "temporarily_closed",
    alwaysOpen: true,
  });
  const inactive = await createService({ organizationId: org.id, nameFr: "Service fermé", status: "inactive" });
  const hiddenOrg = await createOrganization({ nameFr: "Organisme défunt", status: "defunct" });
  const hiddenByOrg = await createService({ organizationId: hiddenOrg.id, nameFr: "Service d'un organisme défunt" });
  const sal = await db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: full.id } });
  Object.assign(ids, {
    full: full.id,
    fallback: fallback.id,
    inactive: inactive.id,
    hiddenByOrg: hiddenByOrg.id,
    org: org.id,
    parent: parent.id,
    child: child.id,
    sal: sal.id,
  });
});

describe("HSDS 3.0 API: every answer validates against the official schemas", () => {
  it("uses a validator that refuses what HSDS refuses", () => {
    const validate = hsdsValidator("compiled/service.json");
    expect(validate({ id: "not-a-uuid", name: "x", status: "active" })).toBe(false);
    expect(validate({ id: ids.full, name: "x", status: "temporarily_closed" })).toBe(false);
    expect(validate({ id: ids.full, name: "x", status: "active", description: null })).toBe(false);
    expect(validate({ id: ids.full, name: "x", status: "temporarily closed" })).toBe(true);
  });

  it("/ describes the API", async () => {
    const body = await json(call(info, ""));
    expect(body).toEqual({
      version: "3.0",
      profile: expect.any(String),
      openapi_url: expect.stringMatching(/\/api\/hsds\/openapi\.json$/),
    });
  });

  it.each(["fr", "en"])("/services, one-to-one fields, full and minimal (%s)", async (lang) => {
    const list = await json(call(services, `/services?lang=${lang}&per_page=50`));
    expectValid(hsdsPageValidator("compiled/service_list.json"), list, "/services");
    const listed = list.contents.map((s: { id: string }) => s.id);
    expect(listed).toEqual(expect.arrayContaining([ids.full, ids.fallback]));
    expect(listed).not.toContain(ids.inactive);
    expect(listed).not.toContain(ids.hiddenByOrg);
    const fullList = await json(call(services, `/services?lang=${lang}&full=true`));
    expectValid(hsdsPageValidator("compiled/service.json"), fullList, "/services?full");
    const minimal = await json(call(services, `/services?lang=${lang}&minimal=true`));
    expectValid(hsdsPageValidator("compiled/service_list.json"), minimal, "/services?minimal");
    expect(Object.keys(minimal.contents[0]).sort()).toEqual(["id", "last_modified", "name", "status"]);
  });

  it.each(["fr", "en"])("/services/{id} is fully nested (%s)", async (lang) => {
    const body = await json(callItem(service, `/services/${ids.full}?lang=${lang}`, ids.full));
    expectValid(hsdsValidator("compiled/service.json"), body, "/services/{id}");
    expect(body.name).toBe(lang === "en" ? "Star Food Bank" : "Banque alimentaire Étoile");
    expect(body.phones.map((p: { extension?: number; type: string }) => [p.extension, p.type])).toEqual([
      [12, "voice"],
      [undefined, "voice"],
    ]);
    expect(
      body.schedules.map(
        (s: { byday: string; opens_at: string; closes_at: string }) => `${s.byday} ${s.opens_at}-${s.closes_at}`,
      ),
    ).toEqual(["MO 09:00-12:00", "MO 13:00-17:00", "FR 21:00-07:00"]);
    expect(body.service_at_locations[0].location.addresses[0].postal_code).toBe("G6V 6N5");
    expect(body.service_at_locations[0].location.accessibility[0].details).toBe("wheelchair_access=yes");
    expect(body.attributes[0].taxonomy_term.code).toBe("HSDSFOOD.BANK");
    expect(body.service_areas.map((a: { name: string }) => a.name).sort()).toEqual(["Chaudière-Appalaches", "Lévis"]);
    expect(body.required_documents[0].document).toBe(lang === "en" ? "Proof of address" : "Preuve de résidence");
    expect(JSON.stringify(body)).not.toContain("NOTE-INTERNE-SECRETE");
  });

  it("serves French where English is missing, and the HSDS spelling of statuses", async () => {
    const body = await json(
      service(new Request(url(`/services/${ids.fallback}`), { headers: { "accept-language": "en-CA,en;q=0.9" } }), {
        params: Promise.resolve({ id: ids.fallback }),
      }),
    );
    expectValid(hsdsValidator("compiled/service.json"), body);
    expect(body.name).toBe("Popote roulante");
    expect(body.status).toBe("temporarily closed");
    expect(body.schedules[0]).toMatchObject({ byday: "MO,TU,WE,TH,FR,SA,SU", opens_at: "00:00", closes_at: "24:00" });
  });

  it("never serves records the public may not see", async () => {
    for (const id of [ids.inactive, ids.hiddenByOrg, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await callItem(service, `/services/${id}`, id);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });

  it.each(["fr", "en"])("/organizations and /organizations/{id} (%s)", async (lang) => {
    const list = await json(call(organizations, `/organizations?lang=${lang}&search=entraide levis`));
    expectValid(hsdsPageValidator("compiled/organization_list.json"), list, "/organizations");
    expect(list.contents.map((o: { id: string }) => o.id)).toEqual([ids.org]);
    const full = await json(call(organizations, `/organizations?lang=${lang}&full=true`));
    expectValid(hsdsPageValidator("compiled/organization.json"), full, "/organizations?full");
    expect(full.contents.map((o: { name: string }) => o.name)).not.toContain("Organisme défunt");
    for (const fullService of ["false", "true"]) {
      const body = await json(
        organization(new Request(url(`/organizations/${ids.org}?lang=${lang}&full_service=${fullService}`)), {
          params: Promise.resolve({ id: ids.org }),
        }),
      );
      expectValid(hsdsValidator("compiled/organization.json"), body, "/organizations/{id}");
      expect(body.services.map((s: { id: string }) => s.id).sort()).toEqual([ids.full, ids.fallback].sort());
    }
  });

  it.each(["fr", "en"])("/service_at_locations and /service_at_locations/{id} (%s)", async (lang) => {
    const list = await json(call(salList, `/service_at_locations?lang=${lang}`));
    expectValid(hsdsPageValidator("compiled/service_at_location_list.json"), list);
    expect(list.contents.map((s: { id: string }) => s.id)).toContain(ids.sal);
    const full = await json(
      call(salList, `/service_at_locations?lang=${lang}&full=true&postcode=G6V6N5&proximity=2000`),
    );
    expectValid(hsdsPageValidator("compiled/service_at_location.json"), full);
    expect(full.contents.map((s: { id: string }) => s.id)).toEqual([ids.sal]);
    const item = await json(callItem(salItem, `/service_at_locations/${ids.sal}?lang=${lang}`, ids.sal));
    expectValid(hsdsValidator("compiled/service_at_location.json"), item);
    expect(item.service.id).toBe(ids.full);
  });

  it.each(["fr", "en"])("/taxonomies and /taxonomy_terms (%s)", async (lang) => {
    const list = await json(call(taxonomies, `/taxonomies?lang=${lang}`));
    expectValid(hsdsPageValidator("taxonomy.json"), list);
    const own = list.contents.find((t: { name: string }) => t.name === "repertoire-211");
    expectValid(
      hsdsValidator("taxonomy.json"),
      await json(callItem(taxonomy, `/taxonomies/${own.id}?lang=${lang}`, own.id)),
    );
    const termList = await json(
      call(terms, `/taxonomy_terms?lang=${lang}&taxonomy_id=${own.id}&parent_id=${ids.parent}`),
    );
    expectValid(hsdsPageValidator("taxonomy_term.json"), termList);
    expect(termList.contents.map((t: { id: string }) => t.id)).toEqual([ids.child]);
    const one = await json(callItem(term, `/taxonomy_terms/${ids.child}?lang=${lang}`, ids.child));
    expectValid(hsdsValidator("taxonomy_term.json"), one);
    expect(one.name).toBe("Banques alimentaires"); // no English name: French
  });
});

describe("HSDS 3.0 API: query parameters", () => {
  const listed = async (query: string) =>
    (await json(call(services, `/services?${query}`))).contents.map((s: { id: string }) => s.id);

  it("filters by taxonomy term (with its sub-terms), organization, date and text (accents ignored)", async () => {
    expect(await listed(`taxonomy_term_id=${ids.parent}`)).toEqual([ids.full]);
    expect((await listed(`organization_id=${ids.org}`)).sort()).toEqual([ids.full, ids.fallback].sort());
    expect(await listed(`modified_after=2999-01-01T00:00:00Z`)).toEqual([]);
    expect(await listed(`search=etoile`)).toEqual([ids.full]);
  });

  it("paginates with the HSDS envelope", async () => {
    const page = await json(call(services, `/services?organization_id=${ids.org}&per_page=1&page=2`));
    expect(page).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    });
  });

  it("refuses invalid parameters with the /api/search error shape, in the asked language", async () => {
    const response = await call(
      services,
      `/services?page=0&per_page=9999&modified_after=hier&format=xml&taxonomy_term_id=x&lang=en`,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "invalid_parameters", message: "Some parameters are invalid." });
    expect(Object.keys(body.error.fields).sort()).toEqual([
      "format",
      "modified_after",
      "page",
      "per_page",
      "taxonomy_term_id",
    ]);
    expect(body.error.fields.per_page).toEqual(["Results per page must be from 1 to 500."]);
    const french = await (await call(salList, `/service_at_locations?proximity=100`)).json();
    expect(french.error.fields.proximity).toEqual(["Indiquez un code postal (postcode) pour utiliser une distance."]);
  });
});

describe("HSDS 3.0 API: HTTP", () => {
  it("answers with CORS, cache headers and an ETag honoured by If-None-Match", async () => {
    const first = await call(services, `/services?organization_id=${ids.org}`);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await call(services, `/services?organization_id=${ids.org}`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const english = await call(services, `/services?organization_id=${ids.org}&lang=en`, { "if-none-match": etag });
    expect(english.status).toBe(200);
  });

  it("streams every record as ndjson, each line a valid HSDS record", async () => {
    const response = await call(services, `/services?format=ndjson&full=true&lang=en`);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const total = (await json(call(services, `/services`))).total_items;
    expect(lines).toHaveLength(total);
    for (const line of lines) expectValid(hsdsValidator("compiled/service.json"), line);
    for (const [handler, path] of [
      [organizations, "/organizations"],
      [salList, "/service_at_locations"],
      [terms, "/taxonomy_terms"],
    ] as const) {
      const text = await (await call(handler, `${path}?format=ndjson`)).text();
      expect(text.trim().split("\n").length).toBe((await json(call(handler, path))).total_items);
    }
  });

  it("serves the OpenAPI document with our additions", async () => {
    const body = await json(call(openapi, "/openapi.json"));
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/", "/services", "/services/{id}", "/taxonomy_terms/{id}"]),
    );
    expect(body.paths["/services"].get.parameters.map((p: { name?: string }) => p.name)).toContain("lang");
  });
});
