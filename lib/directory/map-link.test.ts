import { describe, expect, it } from "vitest";
import { openStreetMapUrl } from "./map-link";

describe("openStreetMapUrl", () => {
  it("places a marker and centres the map on the point", () => {
    expect(openStreetMapUrl(46.8139, -71.208)).toBe(
      "https://www.openstreetmap.org/?mlat=46.81390&mlon=-71.20800#map=17/46.81390/-71.20800",
    );
  });
});
