import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/records/organization-form";
import { requireStaff } from "@/lib/auth/require-staff";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { saveOrganizationAction } from "../actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Records.edit" });
  return { title: t("newTitle") };
}

export default async function NewOrganizationPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff("records:write", locale);
  const t = await getTranslations("Records.edit");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <OrganizationForm
        action={saveOrganizationAction}
        readOnly={false}
        reloadHref={getPathname({ href: "/admin/organizations/new", locale })}
        organization={{
          nameFr: "",
          nameEn: null,
          alternateName: null,
          descriptionFr: "",
          descriptionEn: null,
          email: null,
          website: null,
          legalStatus: null,
          yearIncorporated: null,
          status: "active",
          phones: [],
        }}
      />
    </div>
  );
}
