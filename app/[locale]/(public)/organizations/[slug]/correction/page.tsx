import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionPage } from "@/components/stewardship/correction-page";
import { getOrganization } from "@/lib/directory/get-organization";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "Stewardship.correction" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrganizationCorrectionPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const organization = await getOrganization(slug, locale);
  if (!organization) notFound();
  return (
    <CorrectionPage
      locale={locale}
      recordName={organization.name.text}
      record={{ organizationId: organization.id }}
      recordHref={localizedPathname({ pathname: "/organizations/[slug]", params: { slug } }, locale)}
    />
  );
}
