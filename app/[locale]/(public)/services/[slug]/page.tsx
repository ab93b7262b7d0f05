import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import { ServiceDetails } from "@/components/records/service-details";
import { ServiceLocations } from "@/components/records/service-locations";
import { ServiceContact } from "@/components/records/service-contact";
import { StatusNotice } from "@/components/records/status-notice";
import { JsonLd } from "@/components/records/json-ld";
import { SuggestCorrectionLink } from "@/components/stewardship/correction-page";
import { SaveToList } from "@/components/lists/save-to-list";
import { ServicesMap } from "@/components/map/services-map";
import { getService } from "@/lib/directory/get-service";
import { serviceJsonLd } from "@/lib/directory/service-json-ld";
import { localeAlternates } from "@/lib/i18n/alternates";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";

// One query per request for both the metadata and the page.
const loadService = cache(getService);

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const service = await loadService(slug, locale);
  if (!service) return {};
  const t = await getTranslations({ locale, namespace: "Service" });
  return {
    title: service.name.text,
    description: t("metaDescription", { name: service.name.text, organization: service.organization.name.text }),
    alternates: localeAlternates({ pathname: "/services/[slug]", params: { slug } }, locale),
  };
}

export default async function ServicePage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const service = await loadService(slug, locale);
  if (!service) notFound();
  const t = await getTranslations("Service");
  const href = await getHref();
  const base = process.env.PUBLIC_URL ?? "http://localhost:3000";
  const jsonLd = serviceJsonLd(service, {
    service: new URL(href({ pathname: "/services/[slug]", params: { slug } }), base).href,
    organization: new URL(
      href({ pathname: "/organizations/[slug]", params: { slug: service.organization.slug } }),
      base,
    ).href,
  });

  return (
    <article className="space-y-8" aria-labelledby="service-title">
      <header className="space-y-2">
        <h1 id="service-title" className="text-3xl font-bold">
          <Localized value={service.name} />
        </h1>
        {service.alternateName && <p className="text-lg text-slate-700">{service.alternateName}</p>}
        <p>
          {t("providedBy")}{" "}
          <a
            href={href({ pathname: "/organizations/[slug]", params: { slug: service.organization.slug } })}
            className="font-semibold"
          >
            <Localized value={service.organization.name} />
          </a>
        </p>
        <SaveToList slug={service.slug} />
      </header>

      <StatusNotice status={service.status} alert={service.alert} />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:block print:space-y-6">
        {/* Phones come first in reading order (small screens, print, screen readers). */}
        <div className="space-y-8 lg:col-start-2 lg:row-start-1">
          <ServiceContact service={service} />
          <ServiceLocations service={service} />
          {service.locations.some((l) => l.latitude !== null) && <ServicesMap slugs={[service.slug]} />}
        </div>
        <div className="space-y-8 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="description-title" className="space-y-2">
            <h2 id="description-title" className="text-xl font-bold">
              {t("description")}
            </h2>
            <Localized value={service.description} as="p" className="whitespace-pre-line" />
          </section>
          <ServiceDetails service={service} />
        </div>
      </div>

      <SuggestCorrectionLink href={href({ pathname: "/services/[slug]/correction", params: { slug } })} />
      <JsonLd data={jsonLd} />
    </article>
  );
}
