import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import type { PublicService } from "@/lib/directory/get-service";
import { AccessibilityList } from "./accessibility-list";
import { AddressBlock } from "./address-block";
import { HoursTable } from "./hours-table";
import { OpenStatus } from "./open-status";
import { PhoneList } from "./phone-list";
import { RecordSection } from "./record-section";

/** Each place the service is offered: address and map link, phones, hours, accessibility. */
export async function ServiceLocations({ service }: { service: PublicService }) {
  const t = await getTranslations("Service");
  const tHours = await getTranslations("Hours");
  return (
    <RecordSection id="locations-title" title={t("locations")}>
      {service.locations.length === 0 && <p>{t("noLocation")}</p>}
      <ul className="space-y-6">
        {service.locations.map((location) => (
          <li key={location.id} className="space-y-3 rounded-lg border border-slate-200 p-4 break-inside-avoid">
            <h3 className="text-lg font-semibold">
              <Localized value={location.name} />
            </h3>
            <Localized value={location.description} as="p" />
            <AddressBlock
              addresses={location.addresses}
              latitude={location.latitude}
              longitude={location.longitude}
              placeName={location.name.text}
            />
            {location.transportation && (
              <p>
                <span className="font-medium">{t("fieldLabel", { label: t("transportation") })}</span>{" "}
                <Localized value={location.transportation} />
              </p>
            )}
            <PhoneList phones={location.phones} />
            {location.schedules.length > 0 && (
              <div className="space-y-2">
                <h4 className="font-semibold">{tHours("title")}</h4>
                {service.status === "active" && <OpenStatus schedules={location.schedules} />}
                <HoursTable schedules={location.schedules} name={location.name.text} />
              </div>
            )}
            {location.accessibility && (
              <div className="space-y-1">
                <h4 className="font-semibold">{t("accessibility")}</h4>
                <AccessibilityList accessibility={location.accessibility} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </RecordSection>
  );
}
