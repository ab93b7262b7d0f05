import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { createLocation } from "./create-location";
import { updateLocation } from "./update-location";
import { archiveLocation } from "./archive-location";
import * as factories from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { auditRows, outboxRows } from "@/tests/factories/records";

const locationForm = (municipalityId: string, overrides: Record<string, unknown> = {}) => ({
  nameFr: "Point de service centre-ville",
  address1: "100, rue Principale",
  municipalityId,
  postalCode: "g1k1a1",
  latitude: "46,81",
  longitude: "-71.21",
  wheelchair: "yes",
  parking: "no",
  elevator: "",
  phones: [{ number: "418 555 0100" }],
  schedules: [{ d6: [{ opens: "10:00", closes: "14:00" }] }],
  ...overrides,
});

describe("location writes", () => {
  it("creates a location with its address in the chosen municipality and accessibility facts", async () => {
    const municipality = await factories.createMunicipality({ name: "Lévis", regionCode: "12" });
    const org = await factories.createOrganization();
    const { id } = await createLocation(await createActor("editor"), org.id, locationForm(municipality.id));
    const location = await db.location.findUniqueOrThrow({
      where: { id },
      include: { addresses: true, accessibility: true, phones: true },
    });
    expect(location.latitude).toBeCloseTo(46.81);
    expect(location.addresses[0]).toMatchObject({
      city: "Lévis",
      postalCode: "G1K 1A1",
      municipalityId: municipality.id,
    });
    expect(location.accessibility).toMatchObject({ wheelchair: true, parking: false, elevator: null });
    expect((await auditRows(id)).map((row) => row.action)).toEqual(["location.create"]);
  });

  it("reports invalid postal codes, missing municipality and half coordinates together", async () => {
    const org = await factories.createOrganization();
    const error = await createLocation(await createActor("editor"), org.id, {
      nameFr: "X",
      address1: "1 rue",
      postalCode: "D1K 1A1",
      latitude: "46.8",
    }).catch((e) => e);
    expect((error as Invalid).fieldErrors).toEqual({
      municipalityId: ["required"],
      postalCode: ["postalCodeInvalid"],
      longitude: ["coordinatesPair"],
    });
  });

  it("an address change enqueues the services offered there; stale saves conflict", async () => {
    const municipality = await factories.createMunicipality();
    const service = await factories.createService({ location: { municipalityId: municipality.id } });
    const { locationId } = await db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: service.id } });
    const editor = await createActor("editor");
    await updateLocation(editor, locationId, {
      ...locationForm(municipality.id, { postalCode: "G1R 2B5" }),
      version: 1,
    });
    expect(await outboxRows(service.id)).toHaveLength(1);
    const [event] = await auditRows(locationId);
    expect(event.after).toMatchObject({ postalCode: "G1R 2B5" });
    const error = await updateLocation(await createActor("admin"), locationId, {
      ...locationForm(municipality.id),
      version: 1,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(error.details.updatedBy).toBe(`${editor.name} (${editor.email})`);
  });

  it("archives (viewer refused)", async () => {
    const municipality = await factories.createMunicipality();
    const org = await factories.createOrganization();
    const { id } = await createLocation(await createActor("admin"), org.id, locationForm(municipality.id));
    await expect(archiveLocation(await createActor("viewer"), id, 1)).rejects.toBeInstanceOf(Forbidden);
    await archiveLocation(await createActor("editor"), id, 1);
    expect((await db.location.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
