import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationForEdit } from "@/lib/directory/get-organization-for-edit";

/** The parts of one organization's record: itself, its services, its locations. */
export async function RecordNav({
  org,
  current,
  canWrite,
}: {
  org: OrganizationForEdit;
  current: string;
  canWrite: boolean;
}) {
  const t = await getTranslations("Records");
  const href = (query?: Record<string, string>) => ({
    pathname: "/admin/organizations/[id]" as const,
    params: { id: org.id },
    query,
  });
  const item = (
    key: string,
    label: string,
    query: Record<string, string> | undefined,
    archived = false,
    missingEnglish = false,
  ) => (
    <li key={key}>
      <Link
        href={href(query)}
        aria-current={current === key ? "page" : undefined}
        className={`block rounded px-2 py-1 no-underline ${current === key ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`}
      >
        {label}
        {archived && <span className="ml-1 text-xs">({t("form.archivedBadge")})</span>}
        {missingEnglish && <span className="ml-1 text-xs">({t("form.translationMissing")})</span>}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("edit.recordParts")} className="space-y-4 text-sm">
      <ul>
        {item("organization", t("edit.organizationSection"), undefined, false, !org.nameEn || !org.descriptionEn)}
      </ul>
      <div>
        <h2 className="font-bold">{t("edit.servicesSection")}</h2>
        {org.services.length === 0 && <p className="px-2 text-slate-700">{t("edit.noServices")}</p>}
        <ul>
          {org.services.map((s) =>
            item(`service:${s.id}`, s.nameFr, { service: s.id }, s.deletedAt !== null, !s.nameEn || !s.descriptionEn),
          )}
          {canWrite && item("service:new", `+ ${t("edit.newService")}`, { service: "new" })}
        </ul>
      </div>
      <div>
        <h2 className="font-bold">{t("edit.locationsSection")}</h2>
        <ul>
          {org.locations.map((l) => item(`location:${l.id}`, l.nameFr, { location: l.id }, l.deletedAt !== null))}
          {canWrite && item("location:new", `+ ${t("edit.newLocation")}`, { location: "new" })}
        </ul>
      </div>
    </nav>
  );
}
