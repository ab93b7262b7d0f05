import "server-only";
import { db } from "@/lib/db/client";
import { publicWhere } from "@/lib/directory/public-record";
import { mainPhone } from "@/lib/directory/phone-links";
import { formatPhone, telHref } from "@/lib/format/phone";
import { localizedString } from "@/lib/i18n/localized";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export type MapPoint = {
  slug: string;
  name: string;
  organization: string;
  url: string;
  phone: { label: string; href: string } | null;
  lat: number;
  lng: number;
};

/** The public places of these services (one point per located service point), for the map. */
export async function getMapPoints(slugs: readonly string[], locale: Locale): Promise<MapPoint[]> {
  if (!slugs.length) return [];
  const phoneSelect = { select: { number: true, extension: true, type: true }, orderBy: { position: "asc" } } as const;
  const services = await db.service.findMany({
    where: { slug: { in: [...slugs] }, ...publicWhere, organization: publicWhere },
    select: {
      slug: true,
      nameFr: true,
      nameEn: true,
      phones: phoneSelect,
      organization: { select: { nameFr: true, nameEn: true, phones: phoneSelect } },
      serviceAtLocations: {
        where: { location: { deletedAt: null, latitude: { not: null }, longitude: { not: null } } },
        select: { location: { select: { latitude: true, longitude: true } } },
      },
    },
  });
  return services.flatMap((service) => {
    const phone = mainPhone(service.phones.length ? service.phones : service.organization.phones);
    return service.serviceAtLocations.map(({ location }) => ({
      slug: service.slug,
      name: localizedString(locale, service.nameFr, service.nameEn),
      organization: localizedString(locale, service.organization.nameFr, service.organization.nameEn),
      url: localizedPathname({ pathname: "/services/[slug]", params: { slug: service.slug } }, locale),
      phone: phone && {
        label: formatPhone(phone.number, phone.extension, locale),
        href: telHref(phone.number, phone.extension),
      },
      lat: location.latitude!,
      lng: location.longitude!,
    }));
  });
}
