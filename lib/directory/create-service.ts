import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { NotFound } from "@/lib/errors";
import { afterCommit } from "./after-commit";
import { createServiceInput } from "./schemas/service";
import { serviceColumns, writeServiceLinks } from "./service-links";
import { serviceSnapshot } from "./snapshots";
import { uniqueSlug } from "./slug";
import { validate } from "./validate";
import { actorUserId } from "./write-context";
import { assertRecordId } from "@/lib/record-id";

export async function createService(actor: Actor | null, organizationId: string, input: unknown) {
  assertCan(actor, "records:write");
  assertRecordId(organizationId, "organization");
  const values = validate(createServiceInput, input);
  const created = await db.$transaction(async (tx) => {
    const org = await tx.organization.findFirst({
      where: { id: organizationId, deletedAt: null },
      select: { id: true },
    });
    if (!org) throw new NotFound("organization");
    const service = await tx.service.create({
      data: {
        ...serviceColumns(values),
        organizationId,
        slug: await uniqueSlug(tx, "service", values.nameFr),
        updatedById: actorUserId(actor),
      },
    });
    await writeServiceLinks(tx, service.id, organizationId, values);
    await recordAuditEvent(tx, actor, {
      action: "service.create",
      entityType: "service",
      entityId: service.id,
      after: await serviceSnapshot(tx, service.id),
    });
    await enqueueSearchSync(tx, { serviceIds: [service.id] });
    return service;
  });
  await afterCommit();
  return { id: created.id, slug: created.slug, version: created.version };
}
