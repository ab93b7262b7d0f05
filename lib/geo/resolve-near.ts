import "server-only";
import { db } from "@/lib/db/client";
import type { NearPoint } from "@/lib/search/types";

const LAT_LNG = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;
const POSTAL_CODE = /^([A-Z]\d[A-Z])\s*(\d[A-Z]\d)?$/;

/**
 * Turns what a person typed in "near" into a point, without any outside geocoding service:
 * "lat,lng" (the browser's geolocation), a postal code (full or its first three characters,
 * through the postal_prefix table), or a municipality name (accents and case ignored).
 * null when nothing matches.
 */
export async function resolveNear(input: string): Promise<NearPoint | null> {
  const text = input
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 100);
  if (!text) return null;

  const latLng = LAT_LNG.exec(text);
  if (latLng) {
    const lat = Number(latLng[1]);
    const lng = Number(latLng[2]);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
    return { lat, lng, label: `${lat.toFixed(4)}, ${lng.toFixed(4)}` };
  }

  const postal = POSTAL_CODE.exec(text.toUpperCase());
  if (postal) {
    const prefix = await db.postalPrefix.findUnique({ where: { fsa: postal[1] } });
    if (!prefix) return null;
    return {
      lat: prefix.latitude,
      lng: prefix.longitude,
      label: postal[2] ? `${postal[1]} ${postal[2]}` : postal[1],
    };
  }

  // Apostrophes, hyphens and spaces are interchangeable ("Saint-Georges", "st georges" is not).
  const rows = await db.$queryRaw<{ name: string; latitude: number; longitude: number }[]>`
    SELECT name, latitude, longitude FROM municipality
    WHERE regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', ' ', 'g')
        = trim(regexp_replace(lower(unaccent(${text})), '[^a-z0-9]+', ' ', 'g'))
       OR slug = lower(${text})
    ORDER BY population DESC NULLS LAST
    LIMIT 1`;
  const row = rows[0];
  return row ? { lat: row.latitude, lng: row.longitude, label: row.name } : null;
}
