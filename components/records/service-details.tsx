import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import type { PublicService } from "@/lib/directory/get-service";
import { formatDate } from "@/lib/directory/format-hours";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";
import { languageNames } from "./language-names";
import { RecordSection } from "./record-section";

/** Who the service is for, what it costs, how to apply, and where it sits in the directory. */
export async function ServiceDetails({ service }: { service: PublicService }) {
  const t = await getTranslations("Service");
  const locale = (await getLocale()) as Locale;
  const href = await getHref();
  const ages = describeAges(service.minimumAge, service.maximumAge, t);
  return (
    <>
      {(service.eligibility || service.clientele || ages) && (
        <RecordSection id="eligibility-title" title={t("eligibility")}>
          <Localized value={service.eligibility} as="p" className="whitespace-pre-line" />
          {service.clientele && (
            <p>
              <span className="font-medium">{t("fieldLabel", { label: t("clientele") })}</span>{" "}
              <Localized value={service.clientele} />
            </p>
          )}
          {ages && (
            <p>
              <span className="font-medium">{t("fieldLabel", { label: t("ages") })}</span> {ages}
            </p>
          )}
        </RecordSection>
      )}

      <RecordSection id="fees-title" title={t("fees")}>
        <p>{service.isFree ? t("free") : !service.fees && t("feesApply")}</p>
        <Localized value={service.fees} as="p" />
      </RecordSection>

      {(service.languages.length > 0 || service.interpretationServices) && (
        <RecordSection id="languages-title" title={t("languages")}>
          {service.languages.length > 0 && <p>{languageNames(service.languages, locale).join(", ")}</p>}
          {service.interpretationServices && (
            <p>
              <span className="font-medium">{t("fieldLabel", { label: t("interpretation") })}</span>{" "}
              {service.interpretationServices}
            </p>
          )}
        </RecordSection>
      )}

      {service.applicationProcess && (
        <RecordSection id="apply-title" title={t("apply")}>
          <Localized value={service.applicationProcess} as="p" className="whitespace-pre-line" />
        </RecordSection>
      )}

      {service.requiredDocuments.length > 0 && (
        <RecordSection id="documents-title" title={t("documents")}>
          <ul className="list-disc pl-6">
            {service.requiredDocuments.map((document, index) => (
              <li key={index}>
                <Localized value={document} />
              </li>
            ))}
          </ul>
        </RecordSection>
      )}

      {service.serviceAreas.length > 0 && (
        <RecordSection id="areas-title" title={t("serviceAreas")}>
          <ul className="list-disc pl-6">
            {service.serviceAreas.map((area, index) => (
              <li key={index}>
                {area.name}
                {area.description && (
                  <>
                    {" – "}
                    <Localized value={area.description} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </RecordSection>
      )}

      {service.categories.length > 0 && (
        <RecordSection id="categories-title" title={t("categories")}>
          <ul className="flex flex-wrap gap-2">
            {service.categories.map((category) => (
              <li key={category.code}>
                <a
                  href={href({ pathname: "/categories/[code]", params: { code: category.slug } })}
                  className="inline-block rounded-full border border-brand-600 px-3 py-1 text-sm no-underline hover:bg-brand-50"
                >
                  <Localized value={category.name} />
                </a>
              </li>
            ))}
          </ul>
        </RecordSection>
      )}

      <RecordSection id="organization-title" title={t("organization")}>
        <p>
          <a href={href({ pathname: "/organizations/[slug]", params: { slug: service.organization.slug } })}>
            {t("organizationPage", { name: service.organization.name.text })}
          </a>
        </p>
        {service.otherServices.length > 0 && (
          <>
            <h3 className="pt-2 font-semibold">{t("otherServices")}</h3>
            <ul className="list-disc pl-6">
              {service.otherServices.map((other) => (
                <li key={other.slug}>
                  <a href={href({ pathname: "/services/[slug]", params: { slug: other.slug } })}>
                    <Localized value={other.name} />
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </RecordSection>

      <p className="text-sm text-slate-700">
        {service.lastVerifiedAt
          ? t("lastVerified", { date: formatDate(service.lastVerifiedAt, locale, "America/Toronto") })
          : t("notVerified")}
      </p>
    </>
  );
}

function describeAges(
  min: number | null,
  max: number | null,
  t: Awaited<ReturnType<typeof getTranslations<"Service">>>,
): string | null {
  if (min !== null && max !== null) return t("ageRange", { min, max });
  if (min !== null) return t("ageMin", { min });
  if (max !== null) return t("ageMax", { max });
  return null;
}
