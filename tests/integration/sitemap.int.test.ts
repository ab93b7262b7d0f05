import { describe, expect, it } from "vitest";
import { GET as partGET } from "@/app/sitemaps/[part]/route";
import { sitemapRoot } from "@/lib/seo/sitemap";
import { createService } from "@/tests/factories/directory";

describe("sitemap.xml", () => {
  it("is built once per hour, not on every request", async () => {
    const first = await createService({ nameFr: "Halte-garderie du Vieux-Port", nameEn: "Old Port Drop-in Daycare" });
    const now = Date.now();
    const before = await sitemapRoot(now);
    expect(before).toContain(`/fr/services/${first.slug}</loc>`);
    expect(before).toContain(`/en/services/${first.slug}</loc>`);

    const second = await createService({ nameFr: "Friperie Saint-Roch", nameEn: "Saint-Roch Thrift Shop" });
    expect(await sitemapRoot(now + 60_000)).not.toContain(second.slug);
    expect(await sitemapRoot(now + 3_600_000)).toContain(`/fr/services/${second.slug}</loc>`);
  });

  it("answers 404 for parts that do not exist", async () => {
    const get = (part: string) => partGET(new Request("http://localhost/"), { params: Promise.resolve({ part }) });
    expect((await get("1.xml")).status).toBe(200);
    expect((await get("2.xml")).status).toBe(404);
    expect((await get("../etc.xml")).status).toBe(404);
  });
});
