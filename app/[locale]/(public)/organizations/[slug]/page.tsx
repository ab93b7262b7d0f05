import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import { AddressBlock } from "@/components/records/address-block";
import { JsonLd } from "@/components/records/json-ld";
import { PhoneList } from "@/components/records/phone-list";
import { RecordSection } from "@/components/records/record-section";
import { SuggestCorrectionLink } from "@/components/stewardship/correction-page";
import { getOrganization, type PublicOrganization } from "@/lib/directory/get-organization";
import { summarize } from "@/lib/search/summary";
import { localeAlternates } from "@/lib/i18n/alternates";
import { getHref } from "@/lib/i18n/href";
import { redirectIfMerged } from "@/lib/open-data/duplicates/organization-redirect";
import type { Locale } from "@/lib/i18n/routing";

const loadOrganization = cache(getOrganization);

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const organization = await loadOrganization(slug, locale);
  if (!organization) return {};
  const t = await getTranslations({ locale, namespace: "Organization" });
  return {
    title: organization.name.text,
    description: t("metaDescription", { name: organization.name.text }),
    alternates: localeAlternates({ pathname: "/organizations/[slug]", params: { slug } }, locale),
  };
}

export default async function OrganizationPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const organization = await loadOrganization(slug, locale);
  if (!organization) {
    await redirectIfMerged(slug, locale);
    notFound();
  }
  const t = await getTranslations("Organization");
  const href = await getHref();
  return (
    <article className="space-y-8" aria-labelledby="organization-title">
      <header className="space-y-2">
        <h1 id="organization-title" className="text-3xl font-bold">
          <Localized value={organization.name} />
        </h1>
        {organization.alternateName && <p className="text-lg text-slate-700">{organization.alternateName}</p>}
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:block print:space-y-6">
        <div className="space-y-8">
          <RecordSection id="description-title" title={t("description")}>
            <Localized value={organization.description} as="p" className="whitespace-pre-line" />
          </RecordSection>
          <ServiceList organization={organization} />
        </div>
        <div className="space-y-8">
          <Contact organization={organization} />
          {organization.locations.length > 0 && (
            <RecordSection id="locations-title" title={t("locations")}>
              <ul className="space-y-4">
                {organization.locations.map((location) => (
                  <li key={location.id} className="space-y-1">
                    <h3 className="font-semibold">
                      <Localized value={location.name} />
                    </h3>
                    <AddressBlock
                      addresses={location.addresses}
                      latitude={location.latitude}
                      longitude={location.longitude}
                      placeName={location.name.text}
                    />
                  </li>
                ))}
              </ul>
            </RecordSection>
          )}
        </div>
      </div>
      <SuggestCorrectionLink href={href({ pathname: "/organizations/[slug]/correction", params: { slug } })} />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: organization.name.text,
          description: organization.description.text,
          ...(organization.website && { url: organization.website }),
          ...(organization.email && { email: organization.email }),
          ...(organization.phones[0] && { telephone: organization.phones[0].number }),
        }}
      />
    </article>
  );
}

async function Contact({ organization }: { organization: PublicOrganization }) {
  const t = await getTranslations("Organization");
  const tService = await getTranslations("Service");
  return (
    <RecordSection id="contact-title" title={t("contact")}>
      <PhoneList phones={organization.phones} />
      <ul className="space-y-1">
        {organization.website && (
          <li>
            <span className="font-medium">{tService("fieldLabel", { label: t("website") })}</span>{" "}
            <a href={organization.website} data-print-href className="break-all">
              {organization.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </li>
        )}
        {organization.email && (
          <li>
            <span className="font-medium">{tService("fieldLabel", { label: t("email") })}</span>{" "}
            <a href={`mailto:${organization.email}`} className="break-all">
              {organization.email}
            </a>
          </li>
        )}
      </ul>
    </RecordSection>
  );
}

async function ServiceList({ organization }: { organization: PublicOrganization }) {
  const t = await getTranslations("Organization");
  const href = await getHref();
  return (
    <RecordSection id="services-title" title={t("services")}>
      {organization.services.length === 0 ? (
        <p>{t("noServices")}</p>
      ) : (
        <ul className="space-y-4">
          {organization.services.map((service) => (
            <li key={service.slug}>
              <a
                href={href({ pathname: "/services/[slug]", params: { slug: service.slug } })}
                className="text-lg font-semibold"
              >
                <Localized value={service.name} />
              </a>
              {service.status === "temporarily_closed" && (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-sm text-amber-900">
                  {t("temporarilyClosed")}
                </span>
              )}
              <Localized
                value={{ ...service.description, text: summarize(service.description.text) ?? "" }}
                as="p"
                className="text-slate-700"
              />
            </li>
          ))}
        </ul>
      )}
    </RecordSection>
  );
}
