import { getTranslations } from "next-intl/server";
import { PhoneList } from "@/components/records/phone-list";
import type { PublicService } from "@/lib/directory/get-service";
import type { SheetEntry } from "@/lib/lists/referral-sheet";

type Props = {
  service: PublicService;
  entry: SheetEntry & { available: true };
  href: string;
  actions?: React.ReactNode;
};

/** A service of a list, compact: what a person needs to call or go, on one card. */
export async function ListServiceCard({ service, entry, href, actions }: Props) {
  const t = await getTranslations("Service");
  const tl = await getTranslations("Lists");
  const th = await getTranslations("Hours");
  const field = (label: string, content: React.ReactNode) => (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd>{content}</dd>
    </div>
  );
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 p-4 break-inside-avoid" aria-label={entry.name}>
      <h2 className="text-lg font-semibold">
        <a href={href}>{entry.name}</a>
      </h2>
      <p className="text-slate-700">
        <span className="sr-only">{t("providedBy")} </span>
        {entry.organization}
      </p>
      {service.status === "temporarily_closed" && (
        <p className="font-semibold text-amber-900">{t("temporarilyClosed")}</p>
      )}
      <dl className="space-y-2">
        {service.phones.length > 0 && field(t("phones"), <PhoneList phones={service.phones} />)}
        {entry.addresses.length > 0 &&
          field(
            tl("address"),
            entry.addresses.map((a) => <p key={a}>{a}</p>),
          )}
        {field(
          th("title"),
          entry.hours.map((line) => <p key={line}>{line}</p>),
        )}
        {entry.eligibility && field(t("eligibility"), <p className="whitespace-pre-line">{entry.eligibility}</p>)}
        {entry.howToApply && field(t("apply"), <p className="whitespace-pre-line">{entry.howToApply}</p>)}
        {entry.documents.length > 0 &&
          field(
            t("documents"),
            <ul className="list-disc pl-6">
              {entry.documents.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>,
          )}
      </dl>
      {actions}
    </article>
  );
}
