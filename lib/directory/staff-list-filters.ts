import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";

/** Filters of the staff lists, read from the URL (bad values are ignored, never an error). */
export const staffListFilters = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z
    .enum(["active", "temporarily_closed", "inactive", "defunct", "archived", "all"])
    .optional()
    .catch(undefined),
  region: z.enum(["03", "12"]).optional().catch(undefined),
  category: z
    .string()
    .regex(/^[A-Z0-9.-]+$/)
    .optional()
    .catch(undefined),
  review: z.enum(["due"]).optional().catch(undefined),
  missingEnglish: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type StaffListFilters = z.infer<typeof staffListFilters>;

export const PER_PAGE = 25;

export function readFilters(searchParams: Record<string, string | string[] | undefined>): StaffListFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return staffListFilters.parse({
    q: first(searchParams.q) ?? "",
    status: first(searchParams.status) || undefined,
    region: first(searchParams.region) || undefined,
    category: first(searchParams.category) || undefined,
    review: first(searchParams.review) || undefined,
    missingEnglish: first(searchParams.missingEnglish) || undefined,
    page: first(searchParams.page) ?? 1,
  });
}

/** "%text%" for ILIKE, with the user's own % and _ taken literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Status filter: archived records only when asked for; by default everything not archived. */
export function statusCondition(alias: string, status: StaffListFilters["status"]) {
  const deletedAt = Prisma.raw(`${alias}.deleted_at`);
  const column = Prisma.raw(`${alias}.status`);
  if (status === "all") return Prisma.sql`TRUE`;
  if (status === "archived") return Prisma.sql`${deletedAt} IS NOT NULL`;
  if (status) return Prisma.sql`${deletedAt} IS NULL AND ${column} = ${status}::"RecordStatus"`;
  return Prisma.sql`${deletedAt} IS NULL`;
}
