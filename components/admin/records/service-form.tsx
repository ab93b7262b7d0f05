"use client";

import { useTranslations } from "next-intl";
import { BilingualField, CheckboxField, SelectField, TextField } from "./fields";
import { HoursEditor, type ScheduleDefaults } from "./hours-editor";
import { PhonesEditor, type PhoneDefaults } from "./phones-editor";
import { RecordForm, Section, type RecordAction } from "./record-form";
import { STATUSES } from "./organization-form";
import { TermPicker, type TermOption } from "./term-picker";
import { DocumentsEditor } from "./documents-editor";

export type ServiceDefaults = {
  id?: string;
  version?: number;
  nameFr: string;
  nameEn: string | null;
  alternateName: string | null;
  descriptionFr: string;
  descriptionEn: string | null;
  url: string | null;
  email: string | null;
  status: string;
  alertFr: string | null;
  alertEn: string | null;
  eligibilityFr: string | null;
  eligibilityEn: string | null;
  clienteleFr: string | null;
  clienteleEn: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  isFree: boolean;
  feesDescriptionFr: string | null;
  feesDescriptionEn: string | null;
  applicationProcessFr: string | null;
  applicationProcessEn: string | null;
  interpretationServices: string | null;
  requiredDocuments: { documentFr: string; documentEn: string | null }[];
  languages: string[];
  taxonomyTermIds: string[];
  locationIds: string[];
  phones: PhoneDefaults[];
  schedules: ScheduleDefaults[];
};

export const COMMON_LANGUAGES = ["fr", "en", "es", "ar", "zh", "fa", "pt", "ru", "vi", "iu", "asl", "lsq"] as const;

export function ServiceForm({
  action,
  organizationId,
  service,
  terms,
  locations,
  readOnly,
  reloadHref,
  locale,
}: {
  action: RecordAction;
  organizationId: string;
  service: ServiceDefaults;
  terms: TermOption[];
  locations: { id: string; name: string }[];
  readOnly: boolean;
  reloadHref: string;
  locale: "fr" | "en";
}) {
  const t = useTranslations("Records");
  const hidden: Record<string, string | number> = service.id
    ? { id: service.id, version: service.version ?? 1, organizationId }
    : { organizationId };
  const otherLanguages = service.languages.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code));
  return (
    <RecordForm action={action} idPrefix="svc" readOnly={readOnly} reloadHref={reloadHref} hidden={hidden}>
      <Section title={t("edit.identity")}>
        <BilingualField
          name="name"
          labelFr={t("fields.nameFr")}
          labelEn={t("fields.nameEn")}
          fr={service.nameFr}
          en={service.nameEn}
          required
        />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="alternateName" label={t("fields.alternateName")} value={service.alternateName} />
          <SelectField
            name="status"
            label={t("fields.status")}
            value={service.status}
            options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
        </div>
        <BilingualField
          name="alert"
          labelFr={t("fields.alertFr")}
          labelEn={t("fields.alertEn")}
          fr={service.alertFr}
          en={service.alertEn}
        />
      </Section>
      <Section title={t("edit.description")}>
        <BilingualField
          name="description"
          labelFr={t("fields.descriptionFr")}
          labelEn={t("fields.descriptionEn")}
          fr={service.descriptionFr}
          en={service.descriptionEn}
          required
          multiline
          rows={6}
        />
      </Section>
      <Section title={t("edit.eligibility")}>
        <BilingualField
          name="eligibility"
          labelFr={t("fields.eligibilityFr")}
          labelEn={t("fields.eligibilityEn")}
          fr={service.eligibilityFr}
          en={service.eligibilityEn}
          multiline
          rows={3}
        />
        <BilingualField
          name="clientele"
          labelFr={t("fields.clienteleFr")}
          labelEn={t("fields.clienteleEn")}
          fr={service.clienteleFr}
          en={service.clienteleEn}
        />
        <div className="grid max-w-md gap-4 sm:grid-cols-2">
          <TextField name="minimumAge" label={t("fields.minimumAge")} value={service.minimumAge} inputMode="numeric" />
          <TextField name="maximumAge" label={t("fields.maximumAge")} value={service.maximumAge} inputMode="numeric" />
        </div>
      </Section>
      <Section title={t("edit.fees")}>
        <CheckboxField name="isFree" label={t("fields.isFree")} checked={service.isFree} />
        <BilingualField
          name="feesDescription"
          labelFr={t("fields.feesDescriptionFr")}
          labelEn={t("fields.feesDescriptionEn")}
          fr={service.feesDescriptionFr}
          en={service.feesDescriptionEn}
          multiline
          rows={2}
        />
      </Section>
      <Section title={t("edit.access")}>
        <BilingualField
          name="applicationProcess"
          labelFr={t("fields.applicationProcessFr")}
          labelEn={t("fields.applicationProcessEn")}
          fr={service.applicationProcessFr}
          en={service.applicationProcessEn}
          multiline
          rows={3}
        />
        <DocumentsEditor documents={service.requiredDocuments} />
        <TextField
          name="interpretationServices"
          label={t("fields.interpretationServices")}
          value={service.interpretationServices}
        />
      </Section>
      <Section title={t("edit.contact")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="url" label={t("fields.url")} value={service.url} type="url" />
          <TextField name="email" label={t("fields.email")} value={service.email} type="email" />
        </div>
        <PhonesEditor phones={service.phones} />
      </Section>
      <Section title={t("fields.schedules")}>
        <HoursEditor schedules={service.schedules} />
      </Section>
      <Section title={t("edit.categoriesAndLanguages")}>
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("fields.languages")}</legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {COMMON_LANGUAGES.map((code) => (
              <CheckboxField
                key={code}
                name="languages"
                value={code}
                label={t(`form.languageNames.${code}`)}
                checked={service.languages.includes(code)}
              />
            ))}
          </div>
          <TextField
            name="otherLanguages"
            label={t("form.otherLanguages")}
            hint={t("form.languagesHint")}
            value={otherLanguages.join(", ")}
            className="max-w-md"
          />
        </fieldset>
        <TermPicker terms={terms} selected={service.taxonomyTermIds} locale={locale} />
      </Section>
      <Section title={t("fields.locationIds")}>
        {locations.length === 0 ? (
          <p>{t("form.noLocations")}</p>
        ) : (
          <fieldset className="space-y-1">
            <legend className="sr-only">{t("fields.locationIds")}</legend>
            {locations.map((location) => (
              <CheckboxField
                key={location.id}
                name="locationIds"
                value={location.id}
                label={location.name}
                checked={service.locationIds.includes(location.id)}
              />
            ))}
          </fieldset>
        )}
      </Section>
    </RecordForm>
  );
}
