import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { createMunicipality, createOrganization, createService } from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { checkLinks } from "./check-links";
import { listDataQuality } from "./list-data-quality";

let server: Server;
let base = "";
let inFlight = 0;
let maxInFlight = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      if (request.url?.startsWith("/gone")) response.writeHead(404).end();
      else if (request.url?.startsWith("/no-head") && request.method === "HEAD") response.writeHead(405).end();
      else response.writeHead(200).end("ok");
    }, 30);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("data quality", () => {
  it("lists records missing English, phones, hours, coordinates and update contacts, by region", async () => {
    const editor = await createActor("editor");
    const town = await createMunicipality({ regionCode: "12" });
    const organization = await createOrganization({ nameEn: null });
    const service = await createService({
      organizationId: organization.id,
      phones: [],
      nameEn: null,
      location: { municipalityId: town.id },
    });
    await db.location.updateMany({ where: { organizationId: organization.id }, data: { latitude: null } });
    const ids = async (issue: string, region?: string) =>
      (await listDataQuality(editor, { issue, region })).rows
        .filter((row) => row.organizationId === organization.id)
        .map((row) => `${row.kind}:${row.id === organization.id ? "org" : row.id === service.id ? "svc" : "loc"}`)
        .sort();
    expect(await ids("missing_english")).toEqual(["organization:org", "service:svc"]);
    expect(await ids("no_phone")).toEqual(["service:svc"]);
    expect(await ids("no_hours")).toEqual(["service:svc"]);
    expect(await ids("no_coordinates")).toEqual(["location:loc"]);
    expect(await ids("no_update_contact")).toEqual(["organization:org"]);
    expect(await ids("no_phone", "12")).toEqual(["service:svc"]);
    expect(await ids("no_phone", "03")).toEqual([]);
    await db.updateContact.create({ data: { organizationId: organization.id, email: "x@example.org" } });
    expect(await ids("no_update_contact")).toEqual([]);
    await expect(listDataQuality(await createActor("viewer"))).rejects.toBeInstanceOf(Forbidden);
  });

  it("checks websites politely (one request per host at a time) and lists those that no longer answer", async () => {
    const editor = await createActor("editor");
    const organization = await db.organization.update({
      where: { id: (await createOrganization()).id },
      data: { website: `${base}/gone` },
    });
    const live = await createService({ organizationId: organization.id });
    await db.service.update({ where: { id: live.id }, data: { url: `${base}/no-head` } });
    const other = await createService({ organizationId: organization.id });
    await db.service.update({ where: { id: other.id }, data: { url: `${base}/fine` } });
    const refused = await createService({ organizationId: organization.id });
    await db.service.update({ where: { id: refused.id }, data: { url: "http://127.0.0.1:9/closed" } });

    // Private addresses are never fetched by default.
    const guarded = await checkLinks(SYSTEM_ACTOR, { pauseMs: 0 });
    expect(guarded.skipped).toBeGreaterThanOrEqual(4);
    expect(await db.linkCheck.count({ where: { url: { startsWith: base } } })).toBe(0);

    await checkLinks(SYSTEM_ACTOR, { allowPrivate: true, pauseMs: 10, timeoutMs: 2_000, hosts: 4 });
    expect(maxInFlight).toBe(1);
    const results = Object.fromEntries(
      (await db.linkCheck.findMany({ where: { url: { startsWith: "http://127.0.0.1" } } })).map((c) => [
        c.url.replace(base, ""),
        [c.ok, c.status],
      ]),
    );
    expect(results["/gone"]).toEqual([false, 404]);
    expect(results["/no-head"]).toEqual([true, 200]);
    expect(results["/fine"]).toEqual([true, 200]);
    expect(results["http://127.0.0.1:9/closed"]).toEqual([false, null]);
    const broken = (await listDataQuality(editor, { issue: "broken_website" })).rows.filter(
      (row) => row.organizationId === organization.id,
    );
    expect(broken.map((row) => row.kind).sort()).toEqual(["organization", "service"]);
    expect(broken.find((row) => row.kind === "organization")!.detail).toContain("404");
    await expect(checkLinks(await createActor("agent"))).rejects.toBeInstanceOf(Forbidden);
  });
});
