/**
 * A plain link to OpenStreetMap centred on a point: no embedded map, so the page makes
 * no third-party request; the visitor chooses to follow it.
 */
export function openStreetMapUrl(latitude: number, longitude: number, zoom = 17): string {
  const lat = latitude.toFixed(5);
  const lng = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}
