import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UpdateForm } from "@/components/stewardship/update-form";
import type { Locale } from "@/lib/i18n/routing";
import { getUpdateForm } from "@/lib/stewardship/get-update-form";
import { LOCATION_FIELDS, ORGANIZATION_FIELDS, SERVICE_FIELDS } from "@/lib/stewardship/proposal";
import { submitUpdateAction } from "@/lib/stewardship/update-form-action";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "Stewardship.update" });
  // A personal page: never indexed, never followed.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** An organization's own update form, opened by its personal link (no account). */
export default async function UpdatePage({ params }: Props) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations("Stewardship.update"), getFormatter()]);
  const form = await getUpdateForm(token);
  if (form.state !== "valid")
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p role="alert">{t(`link.${form.state}`)}</p>
      </div>
    );
  const name = (record: { nameFr: string; nameEn: string | null }) =>
    locale === "en" ? (record.nameEn ?? record.nameFr) : record.nameFr;
  const fieldLabels = Object.fromEntries(
    [...new Set([...ORGANIZATION_FIELDS, ...SERVICE_FIELDS, ...LOCATION_FIELDS])].map((field) => [
      field,
      t(`fields.${field}`),
    ]),
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("heading", { name: name(form.organization) })}</h1>
        <p>{t("intro")}</p>
        <p className="text-sm text-slate-700">
          {t("expires", { date: format.dateTime(form.expiresAt, { dateStyle: "long" }) })}
        </p>
        {form.pending && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("pending")}</p>}
      </header>
      {/* The back-office's fields and hours editor speak through these messages. */}
      <ClientMessages namespaces={["Records.form", "Records.hours"]}>
        <UpdateForm
          action={submitUpdateAction}
          token={token}
          locale={locale}
          contactEmail={form.contactEmail}
          municipalities={form.municipalities}
          blocks={[
            {
              prefix: "organization",
              title: t("organization", { name: name(form.organization) }),
              fields: ORGANIZATION_FIELDS,
              values: form.values.organization,
            },
            ...form.services.map((service) => ({
              prefix: `services.${service.id}`,
              title: t("service", { name: name(service) }),
              fields: SERVICE_FIELDS,
              values: form.values.services[service.id],
            })),
            ...form.locations.map((location) => ({
              prefix: `locations.${location.id}`,
              title: t("location", { name: name(location) }),
              fields: LOCATION_FIELDS,
              values: form.values.locations[location.id],
            })),
          ]}
          labels={{
            fields: fieldLabels,
            phone: t("phone"),
            extension: t("extension"),
            phonesHint: t("phonesHint"),
            contactEmail: t("contactEmail"),
            contactEmailHint: t("contactEmailHint"),
            submit: t("submit"),
            sent: t("sent"),
            errorSummary: t("errorSummary"),
          }}
        />
      </ClientMessages>
    </div>
  );
}
