import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { afterCommit } from "./after-commit";
import { replacePhones } from "./children";
import { createOrganizationInput } from "./schemas/organization";
import { organizationSnapshot } from "./snapshots";
import { uniqueSlug } from "./slug";
import { validate } from "./validate";
import { actorUserId } from "./write-context";

export async function createOrganization(actor: Actor | null, input: unknown) {
  assertCan(actor, "records:write");
  const { phones, ...fields } = validate(createOrganizationInput, input);
  const created = await db.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: { ...fields, slug: await uniqueSlug(tx, "organization", fields.nameFr), updatedById: actorUserId(actor) },
    });
    await replacePhones(tx, { organizationId: org.id }, phones);
    await recordAuditEvent(tx, actor, {
      action: "organization.create",
      entityType: "organization",
      entityId: org.id,
      after: await organizationSnapshot(tx, org.id),
    });
    // A new organization has no services yet; the call keeps the rule "every write enqueues".
    await enqueueSearchSync(tx, { organizationId: org.id });
    return org;
  });
  await afterCommit();
  return { id: created.id, slug: created.slug, version: created.version };
}
