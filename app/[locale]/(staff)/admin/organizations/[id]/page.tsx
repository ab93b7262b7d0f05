import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/admin/records/list-filters";
import { LocationForm } from "@/components/admin/records/location-form";
import { OrganizationForm } from "@/components/admin/records/organization-form";
import { RecordActionButton } from "@/components/admin/records/record-actions";
import { ServiceForm } from "@/components/admin/records/service-form";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/require-staff";
import {
  EMPTY_LOCATION,
  EMPTY_SERVICE,
  locationDefaults,
  organizationDefaults,
  serviceDefaults,
} from "@/lib/directory/form-defaults";
import { getOrganizationForEdit, getRecordFormOptions } from "@/lib/directory/get-organization-for-edit";
import { NotFound } from "@/lib/errors";
import { Link, getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import * as actions from "../actions";
import { RecordNav } from "@/components/admin/records/record-nav";
import { AgentNotesForm } from "@/components/admin/records/agent-notes-form";
import { saveAgentNotesAction } from "../agent-notes-actions";
import { verifyRecordAction } from "../verify-actions";
import { VerifyPanel } from "@/components/stewardship/verify-panel";
import { getReviewIntervals } from "@/lib/stewardship/get-review-intervals";
import { UpdateLinkPanel } from "@/components/stewardship/update-link-panel";
import { listUpdateLinks } from "@/lib/stewardship/list-update-links";
import { canSteward } from "@/lib/stewardship/permissions";
import { createUpdateLinkAction, revokeUpdateLinkAction } from "../update-link-actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(actor: Awaited<ReturnType<typeof requireStaff>>, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getOrganizationForEdit(actor, id);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations({ locale: (await params).locale, namespace: "Records.edit" });
  return { title: UUID.test(id) ? t("organizationSection") : undefined };
}

export default async function EditOrganizationPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const actor = await requireStaff("staff:read", locale);
  const org = await load(actor, id);
  const query = await searchParams;
  const serviceParam = typeof query.service === "string" ? query.service : undefined;
  const locationParam = typeof query.location === "string" ? query.location : undefined;
  const readOnly = !can(actor.role, "records:write");
  const t = await getTranslations("Records");
  const format = await getFormatter();
  const base = getPathname({ href: { pathname: "/admin/organizations/[id]", params: { id } }, locale });
  const reloadHref = serviceParam
    ? `${base}?service=${serviceParam}`
    : locationParam
      ? `${base}?location=${locationParam}`
      : base;
  const service = serviceParam && serviceParam !== "new" ? org.services.find((s) => s.id === serviceParam) : undefined;
  const location =
    locationParam && locationParam !== "new" ? org.locations.find((l) => l.id === locationParam) : undefined;
  if ((serviceParam && serviceParam !== "new" && !service) || (locationParam && locationParam !== "new" && !location))
    notFound();
  const needsOptions = Boolean(serviceParam || locationParam);
  const options = needsOptions ? await getRecordFormOptions() : { municipalities: [], terms: [] };
  const who = (user: { name: string; email: string } | null) => (user ? user.name : t("errors.someone"));
  const tn = await getTranslations("Agent.notesForm");
  const notesLabels = { title: tn("title"), help: tn("help"), save: tn("save"), saved: tn("saved") };
  const intervalOf = await getReviewIntervals(actor, org.id);
  const updateLinks =
    !serviceParam && !locationParam && !org.deletedAt && canSteward(actor.role, "stewardship:manage")
      ? await listUpdateLinks(actor, org.id)
      : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/organizations">{t("edit.backToList")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {org.nameFr} <StatusBadge status={org.status} archived={org.deletedAt !== null} />
        </h1>
        <p className="text-sm text-slate-700">
          {t("form.lastUpdated", {
            date: format.dateTime(org.updatedAt, { dateStyle: "long", timeStyle: "short" }),
            who: who(org.updatedBy),
          })}
          {" · "}
          {org.lastVerifiedAt
            ? t("form.verifiedBy", {
                date: format.dateTime(org.lastVerifiedAt, { dateStyle: "long" }),
                who: who(org.lastVerifiedBy),
              })
            : t("form.notVerified")}
        </p>
        <p className="flex flex-wrap gap-4">
          <Link href={{ pathname: "/admin/organizations/[id]/history", params: { id } }}>{t("edit.history")}</Link>
          {!org.deletedAt && (
            <Link href={{ pathname: "/organizations/[slug]", params: { slug: org.slug } }}>{t("edit.publicPage")}</Link>
          )}
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <RecordNav
          org={org}
          current={
            serviceParam ? `service:${serviceParam}` : locationParam ? `location:${locationParam}` : "organization"
          }
          canWrite={!readOnly}
        />
        <div className="min-w-0 space-y-4">
          {serviceParam ? (
            <>
              <h2 className="text-2xl font-bold">
                {service ? t("edit.serviceTitle", { name: service.nameFr }) : t("edit.newServiceTitle")}
              </h2>
              {service && (
                <div className="flex flex-wrap items-start gap-4">
                  {!service.deletedAt && (
                    <Link href={{ pathname: "/services/[slug]", params: { slug: service.slug } }}>
                      {t("edit.publicPage")}
                    </Link>
                  )}
                  {!readOnly && (
                    <RecordActionButton
                      action={service.deletedAt ? actions.restoreServiceAction : actions.archiveServiceAction}
                      id={service.id}
                      version={service.version}
                      label={service.deletedAt ? t("form.restore") : t("form.archive")}
                      help={service.deletedAt ? undefined : t("form.archiveConfirm")}
                      reloadHref={reloadHref}
                    />
                  )}
                </div>
              )}
              {service && !service.deletedAt && !readOnly && (
                <VerifyPanel
                  key={`verify-${service.id}`}
                  action={verifyRecordAction}
                  entity="service"
                  id={service.id}
                  version={service.version}
                  intervalMonths={intervalOf(service.id)}
                  reloadHref={reloadHref}
                />
              )}
              <ServiceForm
                action={actions.saveServiceAction}
                organizationId={org.id}
                service={service ? serviceDefaults(service) : EMPTY_SERVICE}
                terms={termOptions(options.terms)}
                locations={org.locations.filter((l) => !l.deletedAt).map((l) => ({ id: l.id, name: l.nameFr }))}
                readOnly={readOnly}
                reloadHref={reloadHref}
                locale={locale}
              />
              {service && (
                <AgentNotesForm
                  key={service.id}
                  action={saveAgentNotesAction}
                  entity="service"
                  id={service.id}
                  notes={service.agentNotes}
                  readOnly={readOnly}
                  labels={notesLabels}
                />
              )}
            </>
          ) : locationParam ? (
            <>
              <h2 className="text-2xl font-bold">
                {location ? t("edit.locationTitle", { name: location.nameFr }) : t("edit.newLocationTitle")}
              </h2>
              {location && !location.deletedAt && !readOnly && (
                <RecordActionButton
                  action={actions.archiveLocationAction}
                  id={location.id}
                  version={location.version}
                  label={t("form.archive")}
                  reloadHref={reloadHref}
                />
              )}
              <LocationForm
                action={actions.saveLocationAction}
                organizationId={org.id}
                location={location ? locationDefaults(location) : EMPTY_LOCATION}
                municipalities={options.municipalities}
                readOnly={readOnly}
                reloadHref={reloadHref}
              />
            </>
          ) : (
            <>
              <h2 className="text-2xl font-bold">{t("edit.organizationSection")}</h2>
              {!readOnly && (
                <section aria-label={t("edit.recordActions")} className="flex flex-wrap items-start gap-4">
                  <RecordActionButton
                    action={org.deletedAt ? actions.restoreOrganizationAction : actions.archiveOrganizationAction}
                    id={org.id}
                    version={org.version}
                    label={org.deletedAt ? t("form.restore") : t("form.archive")}
                    help={org.deletedAt ? undefined : t("form.archiveConfirm")}
                    reloadHref={reloadHref}
                  />
                </section>
              )}
              {!readOnly && !org.deletedAt && (
                <VerifyPanel
                  action={verifyRecordAction}
                  entity="organization"
                  id={org.id}
                  version={org.version}
                  intervalMonths={intervalOf(org.id)}
                  reloadHref={reloadHref}
                />
              )}
              {updateLinks && (
                <UpdateLinkPanel
                  organizationId={org.id}
                  data={updateLinks}
                  create={createUpdateLinkAction}
                  revoke={revokeUpdateLinkAction}
                />
              )}
              <OrganizationForm
                action={actions.saveOrganizationAction}
                organization={organizationDefaults(org)}
                readOnly={readOnly}
                reloadHref={reloadHref}
              />
              <AgentNotesForm
                action={saveAgentNotesAction}
                entity="organization"
                id={org.id}
                notes={org.agentNotes}
                readOnly={readOnly}
                labels={notesLabels}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** Terms in tree order with their depth, for the checkbox tree. */
function termOptions(
  terms: { id: string; code: string; nameFr: string; nameEn: string | null; parentId: string | null }[],
) {
  const byParent = new Map<string | null, typeof terms>();
  for (const term of terms) byParent.set(term.parentId, [...(byParent.get(term.parentId) ?? []), term]);
  const out: ((typeof terms)[number] & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const term of byParent.get(parentId) ?? []) {
      out.push({ ...term, depth });
      visit(term.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
