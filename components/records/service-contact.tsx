import { getTranslations } from "next-intl/server";
import type { PublicService } from "@/lib/directory/get-service";
import { HoursTable } from "./hours-table";
import { OpenStatus } from "./open-status";
import { PhoneList } from "./phone-list";
import { RecordSection } from "./record-section";

/** How to reach the service: phones first (what most people came for), then web, then hours. */
export async function ServiceContact({ service }: { service: PublicService }) {
  const t = await getTranslations("Service");
  const tHours = await getTranslations("Hours");
  const website = service.url ?? service.organization.website;
  const email = service.email ?? service.organization.email;
  // Hours usually belong to the locations; the service's own table shows when it has one,
  // and the "not listed" note when nobody has any.
  const showHours = service.schedules.length > 0 || !service.locations.some((l) => l.schedules.length > 0);
  return (
    <>
      <RecordSection id="contact-title" title={t("contact")}>
        <PhoneList phones={service.phones} />
        {(website || email) && (
          <ul className="space-y-1">
            {website && (
              <li>
                <span className="font-medium">{t("fieldLabel", { label: t("website") })}</span>{" "}
                <a href={website} data-print-href className="break-all">
                  {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </li>
            )}
            {email && (
              <li>
                <span className="font-medium">{t("fieldLabel", { label: t("email") })}</span>{" "}
                <a href={`mailto:${email}`} className="break-all">
                  {email}
                </a>
              </li>
            )}
          </ul>
        )}
      </RecordSection>
      {showHours && (
        <RecordSection id="hours-title" title={tHours("title")}>
          {service.status === "active" && <OpenStatus schedules={service.schedules} />}
          <HoursTable schedules={service.schedules} name={service.name.text} />
        </RecordSection>
      )}
    </>
  );
}
