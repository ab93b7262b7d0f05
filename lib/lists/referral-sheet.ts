import "server-only";
import { formatDate, isCurrentOrFuture, weekdayName, weeklyRows } from "@/lib/directory/format-hours";
import type { PublicSchedule, PublicService } from "@/lib/directory/get-service";
import { formatPhone } from "@/lib/format/phone";
import { describeHelplineHours, parseHelplineHours } from "@/lib/helpline/helpline-hours";
import { localTime } from "@/lib/hours/local-time";
import type { Locale } from "@/lib/i18n/routing";
import { translator, type Translator } from "@/lib/i18n/translator";
import type { ListEntry } from "./get-list-services";

export type SheetEntry =
  | {
      available: true;
      name: string;
      organization: string;
      phones: string[];
      addresses: string[];
      hours: string[];
      eligibility: string | null;
      fees: string | null;
      howToApply: string | null;
      documents: string[];
    }
  | { available: false; name: string };

/** A referral sheet as plain text, in one language: the HTML sheet and the PDF both render this. */
export type ReferralSheet = {
  locale: Locale;
  title: string;
  printedOn: string;
  callBefore: string;
  helpline: string;
  liveListLabel: string;
  liveListUrl: string;
  labels: Record<"phones" | "address" | "hours" | "eligibility" | "fees" | "apply" | "documents", string>;
  entries: SheetEntry[];
};

type T = Translator;

function hoursLines(schedules: PublicSchedule[], locale: Locale, t: T): string[] {
  const today = localTime(new Date()).date;
  const current = schedules.filter((s) => isCurrentOrFuture(s.validTo, today));
  if (!current.length) return [t("Hours.noHours")];
  return current.flatMap((schedule) => {
    if (schedule.alwaysOpen) return [t("Hours.alwaysOpen")];
    const validity =
      schedule.validFrom && schedule.validTo
        ? [
            t("Hours.validBetween", {
              from: formatDate(schedule.validFrom, locale),
              to: formatDate(schedule.validTo, locale),
            }),
          ]
        : [];
    const colon = locale === "fr" ? " : " : ": ";
    const days = weeklyRows(schedule.ranges, locale)
      .filter((row) => row.ranges.length)
      .map(
        (row) =>
          weekdayName(row.weekday, locale) +
          colon +
          row.ranges
            .map((r) => (r.allDay ? t("Hours.allDay") : r.endsNextDay ? `${r.text} ${t("Hours.nextDay")}` : r.text))
            .join(", "),
      );
    return [...validity, ...days];
  });
}

/** One available service as the sheet and the list page show it. */
export function sheetEntryOf(service: PublicService, locale: Locale, t: T): SheetEntry & { available: true } {
  const phoneTypes = (type: string) => t(`Service.phoneTypes.${type}` as "Service.phoneTypes.voice");
  const withLocations = service.locations.filter((l) => l.addresses.length);
  const schedules = service.schedules.length ? service.schedules : (service.locations[0]?.schedules ?? []);
  return {
    available: true,
    name: service.name.text,
    organization: service.organization.name.text,
    phones: service.phones.map(
      (p) =>
        `${phoneTypes(p.type)} ${formatPhone(p.number, p.extension, locale)}${p.description ? ` — ${p.description.text}` : ""}`,
    ),
    addresses: withLocations.flatMap((l) =>
      l.addresses
        .filter((a) => a.type !== "postal")
        .map((a) => [a.street, `${a.city} (${a.province}) ${a.postalCode}`].filter(Boolean).join(", ")),
    ),
    hours: hoursLines(schedules, locale, t),
    eligibility: service.eligibility?.text ?? null,
    fees: service.isFree ? t("Service.free") : (service.fees?.text ?? null),
    howToApply: service.applicationProcess?.text ?? null,
    documents: service.requiredDocuments.map((d) => d.text),
  };
}

export async function buildReferralSheet(
  entries: ListEntry[],
  locale: Locale,
  liveListUrl: string,
): Promise<ReferralSheet> {
  const t = translator(locale);
  const helpline = describeHelplineHours(parseHelplineHours(process.env.HELPLINE_HOURS), locale);
  return {
    locale,
    title: t("Lists.sheetTitle"),
    printedOn: t("Lists.printedOn", { date: formatDate(new Date(), locale, "America/Toronto") }),
    callBefore: t("Lists.callBefore"),
    helpline: [t("Helpline.title"), t("Helpline.hours", helpline), t("Helpline.emergency")]
      .map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`))
      .join(" "),
    liveListLabel: t("Lists.liveList"),
    liveListUrl,
    labels: {
      phones: t("Service.phones"),
      address: t("Lists.address"),
      hours: t("Hours.title"),
      eligibility: t("Service.eligibility"),
      fees: t("Service.fees"),
      apply: t("Service.apply"),
      documents: t("Service.documents"),
    },
    entries: entries.map((entry) =>
      entry.available
        ? sheetEntryOf(entry.service, locale, t)
        : { available: false, name: t("Lists.noLongerAvailable", { name: entry.name?.text ?? entry.slug }) },
    ),
  };
}
