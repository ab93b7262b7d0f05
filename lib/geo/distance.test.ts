import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance";

describe("distanceKm", () => {
  it("is zero for the same point and symmetric", () => {
    const quebec = { lat: 46.8139, lng: -71.208 };
    const levis = { lat: 46.8033, lng: -71.1779 };
    expect(distanceKm(quebec, quebec)).toBe(0);
    expect(distanceKm(quebec, levis)).toBeCloseTo(distanceKm(levis, quebec), 9);
  });

  it("matches known distances", () => {
    // Québec City → Montréal ≈ 233 km; Saint-Georges → Québec ≈ 95 km.
    expect(distanceKm({ lat: 46.8139, lng: -71.208 }, { lat: 45.5017, lng: -73.5673 })).toBeCloseTo(233, -1);
    expect(distanceKm({ lat: 46.1181, lng: -70.6703 }, { lat: 46.8139, lng: -71.208 })).toBeCloseTo(87.5, -1);
    // One degree of latitude ≈ 111.2 km.
    expect(distanceKm({ lat: 46, lng: -71 }, { lat: 47, lng: -71 })).toBeCloseTo(111.2, 1);
  });
});
