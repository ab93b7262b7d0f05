import "server-only";

// The opening-hours part of a search document (see build-documents.ts). Hours come from three
// sources: the service's own schedules, its service-at-location ones and — only when it has
// neither — its locations'. Each source is aggregated on its own, by service, from base tables
// filtered by the batch (`where` gives the condition on a service id column), so PostgreSQL
// estimates each part from the tables' statistics; the document combines them.

export type ServiceFilter = (serviceIdColumn: string) => string;

const COLUMNS = `sc.id, sc.valid_from, sc.valid_to, sc.always_open`;

/** One source: `schedules` lists its (service_id, id, valid_from, valid_to, always_open) rows. */
function hoursOf(schedules: string) {
  return `
  SELECT sc.service_id,
         jsonb_agg(jsonb_build_object('validFrom', sc.valid_from, 'validTo', sc.valid_to, 'alwaysOpen', sc.always_open,
                                      'ranges', coalesce(r.ranges, '[]'::jsonb),
                                      'closures', coalesce(c.closures, '[]'::jsonb))) AS hours,
         bool_and(sc.valid_from IS NULL AND sc.valid_to IS NULL AND c.closures IS NULL) AS simple,
         range_agg(CASE WHEN sc.always_open THEN int4multirange(int4range(0, 10080)) ELSE r.week END) AS week
  FROM (${schedules}) sc
  LEFT JOIN (
    -- Minute-of-week ranges (Monday 00:00 = 0); past-midnight ranges run into the next day
    -- and Sunday-night ones wrap to Monday morning.
    SELECT x.schedule_id,
           jsonb_agg(jsonb_build_object('weekday', x.weekday, 'opensAt', x.opens_at, 'closesAt', x.closes_at)
                     ORDER BY x.weekday, x.opens_at, x.closes_at) AS ranges,
           range_agg(int4multirange(int4range(x.lo, least(x.hi, 10080)),
                                    CASE WHEN x.hi > 10080 THEN int4range(0, x.hi - 10080) ELSE 'empty' END)) AS week
    FROM (SELECT r.schedule_id, r.weekday, r.opens_at, r.closes_at, (r.weekday - 1) * 1440 + r.opens_at AS lo,
                 (r.weekday - 1) * 1440
                   + CASE WHEN r.closes_at > r.opens_at THEN r.closes_at ELSE r.closes_at + 1440 END AS hi
          FROM schedule_range r WHERE r.schedule_id IN (SELECT sc.id FROM (${schedules}) sc)) x
    GROUP BY x.schedule_id
  ) r ON r.schedule_id = sc.id
  LEFT JOIN (
    SELECT c.schedule_id, jsonb_agg(to_char(c.date, 'YYYY-MM-DD') ORDER BY c.date) AS closures
    FROM schedule_closure c WHERE c.schedule_id IN (SELECT sc.id FROM (${schedules}) sc)
    GROUP BY c.schedule_id
  ) c ON c.schedule_id = sc.id
  GROUP BY sc.service_id`;
}

/** LEFT JOINs adding the sources `oh` (own), `sh` (at location) and `lh` (locations') to `s`. */
export function hoursJoins(where: ServiceFilter) {
  const own = hoursOf(`SELECT sc.service_id, ${COLUMNS} FROM schedule sc WHERE ${where("sc.service_id")}`);
  const atLocation = hoursOf(`SELECT sal.service_id, ${COLUMNS}
    FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id
    WHERE ${where("sal.service_id")}`);
  const locations = hoursOf(`SELECT sal.service_id, ${COLUMNS}
    FROM service_at_location sal
    JOIN location l ON l.id = sal.location_id AND l.deleted_at IS NULL
    JOIN schedule sc ON sc.location_id = l.id
    WHERE ${where("sal.service_id")}`);
  return `
LEFT JOIN (${own}) oh ON oh.service_id = s.id
LEFT JOIN (${atLocation}) sh ON sh.service_id = s.id
LEFT JOIN (${locations}) lh ON lh.service_id = s.id`;
}

const OWN = `(oh.service_id IS NOT NULL OR sh.service_id IS NOT NULL)`;

/** The document's hours, hours_simple and open_week columns, from the joins above. */
export const HOURS_COLUMNS = `
  CASE WHEN ${OWN} THEN coalesce(oh.hours, '[]'::jsonb) || coalesce(sh.hours, '[]'::jsonb) ELSE lh.hours END AS hours,
  CASE WHEN ${OWN} THEN coalesce(oh.simple, true) AND coalesce(sh.simple, true) ELSE lh.simple END AS simple,
  CASE WHEN ${OWN} THEN CASE WHEN oh.week IS NULL THEN sh.week WHEN sh.week IS NULL THEN oh.week
                             ELSE oh.week + sh.week END
       ELSE lh.week END AS open_week`;
