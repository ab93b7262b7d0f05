"use client";

import { useTranslations } from "next-intl";
import { BilingualField, SelectField, TextField } from "./fields";
import { PhonesEditor, type PhoneDefaults } from "./phones-editor";
import { RecordForm, Section, type RecordAction } from "./record-form";

export type OrganizationDefaults = {
  id?: string;
  version?: number;
  nameFr: string;
  nameEn: string | null;
  alternateName: string | null;
  descriptionFr: string;
  descriptionEn: string | null;
  email: string | null;
  website: string | null;
  legalStatus: string | null;
  yearIncorporated: number | null;
  status: string;
  phones: PhoneDefaults[];
};

export const STATUSES = ["active", "temporarily_closed", "inactive", "defunct"] as const;

export function OrganizationForm({
  action,
  organization,
  readOnly,
  reloadHref,
}: {
  action: RecordAction;
  organization: OrganizationDefaults;
  readOnly: boolean;
  reloadHref: string;
}) {
  const t = useTranslations("Records");
  const hidden: Record<string, string | number> = organization.id
    ? { id: organization.id, version: organization.version ?? 1 }
    : {};
  return (
    <RecordForm action={action} idPrefix="org" readOnly={readOnly} reloadHref={reloadHref} hidden={hidden}>
      <Section title={t("edit.identity")}>
        <BilingualField
          name="name"
          labelFr={t("fields.nameFr")}
          labelEn={t("fields.nameEn")}
          fr={organization.nameFr}
          en={organization.nameEn}
          required
        />
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="alternateName" label={t("fields.alternateName")} value={organization.alternateName} />
          <TextField name="legalStatus" label={t("fields.legalStatus")} value={organization.legalStatus} />
          <TextField
            name="yearIncorporated"
            label={t("fields.yearIncorporated")}
            value={organization.yearIncorporated}
            inputMode="numeric"
          />
        </div>
        <SelectField
          name="status"
          label={t("fields.status")}
          value={organization.status}
          options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          className="max-w-sm"
        />
      </Section>
      <Section title={t("edit.description")}>
        <BilingualField
          name="description"
          labelFr={t("fields.descriptionFr")}
          labelEn={t("fields.descriptionEn")}
          fr={organization.descriptionFr}
          en={organization.descriptionEn}
          required
          multiline
          rows={6}
        />
      </Section>
      <Section title={t("edit.contact")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="website" label={t("fields.website")} value={organization.website} type="url" />
          <TextField name="email" label={t("fields.email")} value={organization.email} type="email" />
        </div>
        <PhonesEditor phones={organization.phones} />
      </Section>
    </RecordForm>
  );
}
