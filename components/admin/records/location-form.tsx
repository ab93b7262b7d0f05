"use client";

import { useTranslations } from "next-intl";
import { BilingualField, SelectField, TextField } from "./fields";
import { HoursEditor, type ScheduleDefaults } from "./hours-editor";
import { PhonesEditor, type PhoneDefaults } from "./phones-editor";
import { RecordForm, Section, type RecordAction } from "./record-form";

export type LocationDefaults = {
  id?: string;
  version?: number;
  nameFr: string;
  nameEn: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  transportationFr: string | null;
  transportationEn: string | null;
  address1: string;
  address2: string | null;
  municipalityId: string | null;
  postalCode: string;
  latitude: number | null;
  longitude: number | null;
  wheelchair: boolean | null;
  accessibleWashroom: boolean | null;
  parking: boolean | null;
  elevator: boolean | null;
  accessibilityFr: string | null;
  accessibilityEn: string | null;
  phones: PhoneDefaults[];
  schedules: ScheduleDefaults[];
};

const yesNo = (value: boolean | null) => (value === true ? "yes" : value === false ? "no" : "");

export function LocationForm({
  action,
  organizationId,
  location,
  municipalities,
  readOnly,
  reloadHref,
}: {
  action: RecordAction;
  organizationId: string;
  location: LocationDefaults;
  municipalities: { id: string; name: string; regionCode: string; mrc: string }[];
  readOnly: boolean;
  reloadHref: string;
}) {
  const t = useTranslations("Records");
  const hidden: Record<string, string | number> = location.id
    ? { id: location.id, version: location.version ?? 1, organizationId }
    : { organizationId };
  const triState = [
    { value: "", label: t("form.unknown") },
    { value: "yes", label: t("form.yes") },
    { value: "no", label: t("form.no") },
  ];
  return (
    <RecordForm action={action} idPrefix="loc" readOnly={readOnly} reloadHref={reloadHref} hidden={hidden}>
      <Section title={t("edit.identity")}>
        <BilingualField
          name="name"
          labelFr={t("fields.nameFr")}
          labelEn={t("fields.nameEn")}
          fr={location.nameFr}
          en={location.nameEn}
          required
        />
        <BilingualField
          name="description"
          labelFr={t("fields.descriptionFr")}
          labelEn={t("fields.descriptionEn")}
          fr={location.descriptionFr}
          en={location.descriptionEn}
          multiline
          rows={3}
        />
      </Section>
      <Section title={t("edit.address")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            name="address1"
            label={t("fields.address1")}
            value={location.address1}
            required
            autoComplete="off"
          />
          <TextField name="address2" label={t("fields.address2")} value={location.address2} />
          <SelectField
            name="municipalityId"
            label={t("fields.municipalityId")}
            value={location.municipalityId}
            options={[
              { value: "", label: "—" },
              ...municipalities.map((m) => ({
                value: m.id,
                label: `${m.name} (${m.mrc})`,
                group: t(`list.region${m.regionCode}` as never),
              })),
            ]}
          />
          <TextField name="postalCode" label={t("fields.postalCode")} value={location.postalCode} required />
          <TextField name="latitude" label={t("fields.latitude")} value={location.latitude} inputMode="decimal" />
          <TextField name="longitude" label={t("fields.longitude")} value={location.longitude} inputMode="decimal" />
        </div>
        <BilingualField
          name="transportation"
          labelFr={t("fields.transportationFr")}
          labelEn={t("fields.transportationEn")}
          fr={location.transportationFr}
          en={location.transportationEn}
          multiline
          rows={2}
        />
      </Section>
      <Section title={t("edit.accessibility")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {(["wheelchair", "accessibleWashroom", "parking", "elevator"] as const).map((key) => (
            <SelectField
              key={key}
              name={key}
              label={t(`fields.${key}`)}
              value={yesNo(location[key])}
              options={triState}
            />
          ))}
        </div>
        <BilingualField
          name="accessibility"
          labelFr={t("fields.accessibilityFr")}
          labelEn={t("fields.accessibilityEn")}
          fr={location.accessibilityFr}
          en={location.accessibilityEn}
          multiline
          rows={2}
        />
      </Section>
      <Section title={t("edit.contact")}>
        <PhonesEditor phones={location.phones} />
      </Section>
      <Section title={t("fields.schedules")}>
        <HoursEditor schedules={location.schedules} />
      </Section>
    </RecordForm>
  );
}
