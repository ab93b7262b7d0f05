import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { retentionCutoff, retentionMonths } from "./retention";

const SYSTEM_ENTITY = "00000000-0000-0000-0000-000000000000";

/**
 * Deletes the calls older than the retention period (their needs, referrals and empty
 * searches go with them, by cascade). Run by the daily in-process job and `npm run
 * calls:purge`; only the system (or an admin) may run it.
 */
export async function purgeCalls(actor: Actor | null, options: { now?: Date; months?: number } = {}) {
  assertCan(actor, "users:manage");
  const months = options.months ?? retentionMonths();
  const cutoff = retentionCutoff(options.now ?? new Date(), months);
  return db.$transaction(async (tx) => {
    const { count } = await tx.call.deleteMany({ where: { startedAt: { lt: cutoff } } });
    if (count > 0) {
      await recordAuditEvent(tx, actor, {
        action: "call.purge",
        entityType: "call",
        entityId: SYSTEM_ENTITY,
        after: { deleted: count, before: cutoff.toISOString(), months },
      });
    }
    return { deleted: count, cutoff };
  });
}
