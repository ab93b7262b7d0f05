import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionPage } from "@/components/stewardship/correction-page";
import { getService } from "@/lib/directory/get-service";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "Stewardship.correction" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ServiceCorrectionPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const service = await getService(slug, locale);
  if (!service) notFound();
  return (
    <CorrectionPage
      locale={locale}
      recordName={service.name.text}
      record={{ serviceId: service.id }}
      recordHref={localizedPathname({ pathname: "/services/[slug]", params: { slug } }, locale)}
    />
  );
}
