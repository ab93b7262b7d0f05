import type { PublicSchedule, PublicService } from "./get-service";

// schema.org description of a service page, for search engines. Built from the same
// public data the page shows; nothing else is exposed.

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const hhmm = (minutes: number) =>
  `${String(Math.floor((minutes % 1440) / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** schema.org OpeningHoursSpecification entries; a range past midnight closes the next day. */
type OpeningHours = {
  "@type": "OpeningHoursSpecification";
  dayOfWeek: string | string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
};

export function openingHoursSpecification(schedules: PublicSchedule[]): OpeningHours[] {
  return schedules.flatMap((schedule): OpeningHours[] => {
    const validity = {
      ...(schedule.validFrom && { validFrom: schedule.validFrom.toISOString().slice(0, 10) }),
      ...(schedule.validTo && { validThrough: schedule.validTo.toISOString().slice(0, 10) }),
    };
    if (schedule.alwaysOpen)
      return [
        {
          "@type": "OpeningHoursSpecification" as const,
          dayOfWeek: DAYS,
          opens: "00:00",
          closes: "23:59",
          ...validity,
        },
      ];
    return schedule.ranges.map((range) => ({
      "@type": "OpeningHoursSpecification" as const,
      dayOfWeek: DAYS[range.weekday - 1],
      opens: hhmm(range.opensAt),
      closes: range.opensAt === range.closesAt ? "23:59" : hhmm(range.closesAt),
      ...validity,
    }));
  });
}

export function serviceJsonLd(service: PublicService, urls: { service: string; organization: string }) {
  const telephones = service.phones.filter((phone) => phone.type !== "fax").map((phone) => phone.number);
  return {
    "@context": "https://schema.org",
    "@type": "Service",
    name: service.name.text,
    description: service.description.text,
    url: urls.service,
    ...(service.categories.length && { serviceType: service.categories.map((c) => c.name.text) }),
    ...(service.serviceAreas.length && {
      areaServed: service.serviceAreas.map((area) => ({ "@type": "AdministrativeArea", name: area.name })),
    }),
    ...(service.isFree && { isAccessibleForFree: true }),
    ...(service.languages.length && { availableLanguage: service.languages }),
    hoursAvailable: openingHoursSpecification(service.schedules),
    provider: {
      "@type": "Organization",
      name: service.organization.name.text,
      url: urls.organization,
      ...(telephones[0] && { telephone: telephones[0] }),
      ...(service.organization.email && { email: service.organization.email }),
    },
    availableChannel: {
      "@type": "ServiceChannel",
      ...(telephones[0] && { servicePhone: { "@type": "ContactPoint", telephone: telephones[0] } }),
      ...(service.url && { serviceUrl: service.url }),
      serviceLocation: service.locations.map((location) => ({
        "@type": "Place",
        name: location.name.text,
        ...(location.addresses[0] && {
          address: {
            "@type": "PostalAddress",
            streetAddress: location.addresses[0].street,
            addressLocality: location.addresses[0].city,
            addressRegion: location.addresses[0].province,
            postalCode: location.addresses[0].postalCode,
            addressCountry: location.addresses[0].country,
          },
        }),
        ...(location.latitude !== null &&
          location.longitude !== null && {
            geo: { "@type": "GeoCoordinates", latitude: location.latitude, longitude: location.longitude },
          }),
        ...(location.phones[0] && { telephone: location.phones[0].number }),
        openingHoursSpecification: openingHoursSpecification(
          location.schedules.length ? location.schedules : service.schedules,
        ),
      })),
    },
  };
}

/** JSON for a <script> element: "<" escaped so that no text can close the script early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
