import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatTime, weekdayName } from "@/lib/directory/format-hours";
import { openingStatus } from "@/lib/directory/opening-status";
import type { PublicSchedule } from "@/lib/directory/get-service";
import type { Locale } from "@/lib/i18n/routing";

/** "Open now" or "Closed now · Opens tomorrow at 9 a.m.", computed in Québec time at request. */
export async function OpenStatus({ schedules }: { schedules: PublicSchedule[] }) {
  const status = openingStatus(schedules);
  if (!status) return null;
  const t = await getTranslations("Hours");
  const locale = (await getLocale()) as Locale;
  if (status.open)
    return (
      <p className="font-semibold text-green-800">
        <span aria-hidden="true">● </span>
        {t("openNow")}
      </p>
    );
  const next = status.next;
  const time = next && formatTime(next.minute, locale);
  const when =
    next &&
    time &&
    {
      today: () => t("opensToday", { time }),
      tomorrow: () => t("opensTomorrow", { time }),
      // French weekday names are not capitalized mid-sentence; English ones are.
      thisWeek: () => t("opensOn", { day: lowerInFrench(weekdayName(next.weekday, locale), locale), time }),
      later: () => t("opensOnDate", { date: formatDate(new Date(`${next.date}T00:00:00Z`), locale), time }),
    }[next.when]();
  return (
    <p className="font-semibold text-slate-800">
      <span aria-hidden="true">○ </span>
      {t("closedNow")}
      {when && <span className="font-normal"> · {when}</span>}
    </p>
  );
}

const lowerInFrench = (name: string, locale: Locale) => (locale === "fr" ? name.toLocaleLowerCase("fr") : name);
