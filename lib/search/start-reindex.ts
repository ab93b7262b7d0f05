import "server-only";
import { randomUUID } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { isReindexRunning, reindexEverything, ReindexAlreadyRunning } from "./full-reindex";
import { errorFields, logger } from "@/lib/observability/logger";

/**
 * Admin "Reindex everything": checks the permission, records who asked, and starts the
 * rebuild in the background of this instance (it takes minutes; the dashboard polls its
 * progress). Throws ReindexAlreadyRunning when one is running anywhere.
 */
export async function startReindex(actor: Actor | null): Promise<void> {
  assertCan(actor, "search:reindex");
  if (await isReindexRunning()) throw new ReindexAlreadyRunning();
  await db.$transaction((tx) =>
    recordAuditEvent(tx, actor, { action: "search.reindex", entityType: "search_index", entityId: randomUUID() }),
  );
  // Self-hosted Node keeps running after the response; failures are kept in the progress.
  void reindexEverything().catch((error) => logger.error(errorFields(error), "search full reindex failed"));
}
