import { getTranslations } from "next-intl/server";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { VERIFICATION_METHODS } from "@/lib/stewardship/schemas";
import { VerifyForm } from "./verify-form";

/** The verify form with its labels, for the organization and service sections of the edit screen. */
export async function VerifyPanel(props: {
  action: (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;
  entity: "organization" | "service";
  id: string;
  version: number;
  intervalMonths: number;
  reloadHref: string;
}) {
  const t = await getTranslations("Stewardship.verify");
  return (
    <VerifyForm
      {...props}
      labels={{
        title: t(props.entity === "organization" ? "titleOrganization" : "titleService"),
        method: t("method"),
        methods: Object.fromEntries(VERIFICATION_METHODS.map((m) => [m, t(`methods.${m}`)])),
        note: t("note"),
        interval: t("interval"),
        intervalHint: t("intervalHint"),
        submit: t("submit"),
        reload: t("reload"),
      }}
    />
  );
}
