import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hsdsPage } from "./hsds-page";

export const STREAM_BATCH = 500;

/**
 * One page of a collection: the ids of `from` (a "FROM … WHERE …" clause) in display order,
 * rendered, in the HSDS envelope with the total.
 */
export async function pageOf<T>(
  from: Prisma.Sql,
  id: Prisma.Sql,
  order: Prisma.Sql,
  params: { page: number; perPage: number },
  render: (ids: string[]) => Promise<T[]>,
) {
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
    db.$queryRaw<{ id: string }[]>`SELECT ${id} AS id ${from} ORDER BY ${order}
      LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`,
  ]);
  return hsdsPage(await render(rows.map((row) => row.id)), total, params.page, params.perPage);
}

/** Every record of `from`, a batch at a time (keyset on id): memory stays flat whatever the size. */
export async function* everyRecordOf<T>(from: Prisma.Sql, id: Prisma.Sql, render: (ids: string[]) => Promise<T[]>) {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string }[]>`SELECT ${id} AS id ${from} AND ${id} > ${after}::uuid
      ORDER BY ${id} LIMIT ${STREAM_BATCH}`;
    if (batch.length === 0) return;
    yield* await render(batch.map((row) => row.id));
    after = batch[batch.length - 1].id;
  }
}
