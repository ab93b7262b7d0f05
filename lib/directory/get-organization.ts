import "server-only";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { publicPhones } from "./get-service";
import { publicWhere } from "./public-record";

/**
 * A public organization with its contact details, locations and public services, in the
 * page's language. `null` when unknown, archived, inactive or defunct.
 */
export async function getOrganization(slug: string, locale: Locale) {
  const row = await db.organization.findFirst({
    where: { slug, ...publicWhere },
    include: {
      phones: { orderBy: { position: "asc" } },
      locations: {
        where: { deletedAt: null },
        include: { addresses: { include: { municipality: { select: { name: true } } } } },
        orderBy: { nameFr: "asc" },
      },
      services: {
        where: publicWhere,
        select: { slug: true, nameFr: true, nameEn: true, descriptionFr: true, descriptionEn: true, status: true },
        orderBy: { nameFr: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    name: localize(locale, row.nameFr, row.nameEn),
    alternateName: row.alternateName,
    description: localize(locale, row.descriptionFr, row.descriptionEn),
    website: row.website,
    email: row.email,
    lastVerifiedAt: row.lastVerifiedAt,
    phones: publicPhones(locale, row.phones),
    locations: row.locations.map((location) => ({
      id: location.id,
      name: localize(locale, location.nameFr, location.nameEn),
      latitude: location.latitude,
      longitude: location.longitude,
      addresses: location.addresses.map((address) => ({
        type: address.addressType,
        attention: address.attention,
        street: [address.address1, address.address2].filter(Boolean).join(", "),
        city: address.municipality?.name ?? address.city,
        province: address.stateProvince,
        postalCode: address.postalCode,
      })),
    })),
    services: row.services.map((service) => ({
      slug: service.slug,
      status: service.status,
      name: localize(locale, service.nameFr, service.nameEn),
      description: localize(locale, service.descriptionFr, service.descriptionEn),
    })),
  };
}

export type PublicOrganization = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;
