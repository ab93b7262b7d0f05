import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import type { PublicSchedule } from "@/lib/directory/get-service";
import { formatDate, isCurrentOrFuture, weekdayName, weeklyRows } from "@/lib/directory/format-hours";
import { localTime } from "@/lib/hours/local-time";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The weekly hours of one service or location: one table per schedule still in force
 * (seasonal ones with their dates), notes, and upcoming dated closures.
 */
export async function HoursTable({ schedules, name }: { schedules: PublicSchedule[]; name: string }) {
  const t = await getTranslations("Hours");
  const locale = (await getLocale()) as Locale;
  const today = localTime(new Date()).date;
  const current = schedules.filter((schedule) => isCurrentOrFuture(schedule.validTo, today));
  if (!current.length) return <p>{t("noHours")}</p>;
  return (
    <div className="space-y-4">
      {current.map((schedule) => {
        const validity = describeValidity(schedule, locale, t);
        const closures = schedule.closures.filter((c) => c.date.toISOString().slice(0, 10) >= today);
        return (
          <div key={schedule.id} className="space-y-2 break-inside-avoid">
            {validity && <p className="font-semibold">{validity}</p>}
            {schedule.alwaysOpen ? (
              <p>{t("alwaysOpen")}</p>
            ) : (
              <table className="min-w-[18rem] border-collapse text-left">
                <caption className="sr-only">
                  {t("caption", { name: validity ? `${name} (${validity})` : name })}
                </caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t("day")}</th>
                    <th scope="col">{t("hours")}</th>
                  </tr>
                </thead>
                <tbody>
                  {weeklyRows(schedule.ranges, locale).map((row) => (
                    <tr key={row.weekday} className="border-b border-slate-200 last:border-0">
                      <th scope="row" className="py-1 pr-6 font-medium">
                        {weekdayName(row.weekday, locale)}
                      </th>
                      <td className="py-1">
                        {row.ranges.length === 0 ? (
                          <span className="text-slate-700">{t("closed")}</span>
                        ) : (
                          row.ranges.map((range, index) => (
                            <span key={index} className="block">
                              {range.allDay ? t("allDay") : range.text}
                              {range.endsNextDay && ` ${t("nextDay")}`}
                            </span>
                          ))
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Localized value={schedule.notes} as="p" />
            {closures.length > 0 && (
              <div>
                <p className="font-semibold">{t("closures")}</p>
                <ul className="list-disc pl-6">
                  {closures.map((closure) => (
                    <li key={closure.date.toISOString()}>
                      {formatDate(closure.date, locale)}
                      {closure.reason && (
                        <>
                          {" – "}
                          <Localized value={closure.reason} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

function describeValidity(
  schedule: PublicSchedule,
  locale: Locale,
  t: Awaited<ReturnType<typeof getTranslations<"Hours">>>,
): string | null {
  const from = schedule.validFrom && formatDate(schedule.validFrom, locale);
  const to = schedule.validTo && formatDate(schedule.validTo, locale);
  if (from && to) return t("validBetween", { from, to });
  if (from) return t("validFrom", { from });
  if (to) return t("validUntil", { to });
  return null;
}
