import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalid" });

export const statsPeriodInput = z
  .object({
    from: day,
    to: day,
    region: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["03", "12"]).optional()),
    /** One MRC (as stored on calls); narrows the period's calls like the region does. */
    mrc: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(100).optional()),
  })
  .refine((p) => p.from <= p.to, { message: "invalid", path: ["to"] });

export type StatsPeriod = z.output<typeof statsPeriodInput>;

/** The default period: the last 12 full months up to today (Québec dates). */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to };
}

/** Calls per day up to two months, per week up to ~a year, per month beyond. */
export function granularityFor(from: string, to: string): "day" | "week" | "month" {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 62 ? "day" : days <= 371 ? "week" : "month";
}
