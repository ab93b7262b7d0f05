import { addDays, isoWeekdayOf, localTime } from "@/lib/hours/local-time";
import type { SqlParams } from "./sql-params";

/**
 * SQL condition "open at this instant" on search_document `d`. The GiST-indexed weekly
 * multirange (a superset of the real hours) narrows the rows; documents whose hours are not
 * "simple" (seasonal schedules, closures) are then checked exactly over their hours JSON with
 * the same rules as lib/hours/is-open-at.ts (keep both equal; the integration tests compare).
 */
export function openNowCondition(instant: Date, params: SqlParams): string {
  const now = localTime(instant);
  const yesterday = addDays(now.date, -1);
  const weekMinute = params.add((now.weekday - 1) * 1440 + now.minute, "int");
  const days = `(VALUES (0, ${params.add(now.date, "date")}, ${params.add(now.weekday, "int")}, ${params.add(now.minute, "int")}),
                        (1, ${params.add(yesterday, "date")}, ${params.add(isoWeekdayOf(yesterday), "int")}, ${params.add(now.minute + 1440, "int")}))`;
  const dated = (s: string) => `(${s}->>'validFrom' IS NOT NULL OR ${s}->>'validTo' IS NOT NULL)`;
  const validOn = (s: string, day: string) =>
    `(${s}->>'validFrom' IS NULL OR (${s}->>'validFrom')::date <= ${day}) AND (${s}->>'validTo' IS NULL OR (${s}->>'validTo')::date >= ${day})`;
  const exact = `EXISTS (
    SELECT 1 FROM ${days} AS t(off, day, wd, m), jsonb_array_elements(d.hours) AS s
    WHERE ${validOn("s", "t.day")}
      AND (${dated("s")} OR NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.hours) AS s2
                                        WHERE ${dated("s2")} AND ${validOn("s2", "t.day")}))
      AND NOT (s->'closures' ? to_char(t.day, 'YYYY-MM-DD'))
      AND ((t.off = 0 AND (s->>'alwaysOpen')::boolean)
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(s->'ranges') AS r
                      WHERE (r->>'weekday')::int = t.wd AND (r->>'opensAt')::int <= t.m
                        AND t.m < CASE WHEN (r->>'closesAt')::int > (r->>'opensAt')::int
                                       THEN (r->>'closesAt')::int ELSE (r->>'closesAt')::int + 1440 END)))`;
  return `(d.open_week @> ${weekMinute} AND (d.hours_simple OR ${exact}))`;
}
