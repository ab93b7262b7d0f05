import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CORRECTION_KINDS } from "@/lib/stewardship/schemas";
import { submitCorrectionAction } from "@/lib/stewardship/correction-action";
import { issueFormTime } from "@/lib/stewardship/form-time";
import { CorrectionForm } from "./correction-form";

/** The "Suggest a correction" page of a service or an organization. */
export async function CorrectionPage({
  locale,
  recordName,
  record,
  recordHref,
}: {
  locale: "fr" | "en";
  recordName: string;
  record: { serviceId?: string; organizationId?: string };
  recordHref: string;
}) {
  const t = await getTranslations({ locale, namespace: "Stewardship.correction" });
  return (
    <article className="space-y-6" aria-labelledby="correction-title">
      <header className="space-y-2">
        <h1 id="correction-title" className="text-3xl font-bold">
          {t("title")}
        </h1>
        <p className="text-lg">
          {t("about")} <a href={recordHref}>{recordName}</a>
        </p>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["Records.form"]}>
        <CorrectionForm
          action={submitCorrectionAction}
          record={record}
          locale={locale}
          formTime={issueFormTime()}
          sentMessage={t("sent")}
          backLink={<a href={recordHref}>{t("back", { name: recordName })}</a>}
          labels={{
            kind: t("kind"),
            kinds: Object.fromEntries(CORRECTION_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])),
            message: t("message"),
            messageHint: t("messageHint"),
            email: t("email"),
            emailHint: t("emailHint"),
            honeypot: t("honeypot"),
            submit: t("submit"),
            errorSummary: t("errorSummary"),
          }}
        />
      </ClientMessages>
    </article>
  );
}

/** The link every public record page carries. */
export async function SuggestCorrectionLink({ href }: { href: string }) {
  const t = await getTranslations("Stewardship.correction");
  return (
    <p className="border-t border-slate-200 pt-4 print:hidden">
      <a href={href} className="font-medium">
        {t("link")}
      </a>
    </p>
  );
}
