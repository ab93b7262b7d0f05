import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { FormValues } from "@/lib/directory/form-data";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { createOrganizationInput } from "@/lib/directory/schemas/organization";
import { namespaceTranslator } from "@/lib/i18n/namespace-translator";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { findDuplicateCandidates } from "./find-duplicates";

/**
 * Before the back-office creates an organization: the records it may duplicate, as form state
 * (the form lists them and asks to confirm), or null when there are none or the editor has
 * confirmed. An invalid form is left to createOrganization, which reports every field.
 */
export async function newOrganizationDuplicates(
  actor: Actor | null,
  values: FormValues,
  locale: Locale,
): Promise<RecordFormState | null> {
  assertCan(actor, "records:write");
  if (values.confirmDuplicates === "on") return null;
  const parsed = createOrganizationInput.safeParse(values);
  if (!parsed.success) return null;
  const candidates = await findDuplicateCandidates({
    nameFr: parsed.data.nameFr,
    phones: parsed.data.phones.map((phone) => phone.number),
    website: parsed.data.website,
  });
  if (candidates.length === 0) return null;
  const t = namespaceTranslator("OpenData", locale);
  return {
    status: "error",
    message: t("duplicates.found"),
    // The form's parsed values have no prototype; the client receives plain objects only.
    values: JSON.parse(JSON.stringify(values)) as FormValues,
    nonce: Date.now(),
    duplicates: {
      heading: t("duplicates.heading"),
      confirm: t("duplicates.confirm"),
      records: candidates.map((candidate) => ({
        id: candidate.id,
        name: candidate.name,
        href: localizedPathname({ pathname: "/admin/organizations/[id]", params: { id: candidate.id } }, locale),
        score: t("duplicates.score").replace("{score}", String(Math.round(candidate.score * 100))),
        reasons: candidate.reasons.map((reason) => t(`duplicates.reasons.${reason}`)),
      })),
    },
  };
}
