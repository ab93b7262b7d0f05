import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid, NotFound } from "@/lib/errors";
import { assertCanSteward, canSteward } from "./permissions";
import { reviewPlanInput } from "./schemas";
import { validateStewardship } from "./validate";

/** Assigns a record's review to an editor (or to nobody), and/or sets its review interval. */
export async function setReviewPlan(actor: Actor | null, input: unknown) {
  assertCanSteward(actor, "stewardship:manage");
  const { entity, id, assigneeId, intervalMonths } = validateStewardship(reviewPlanInput, input);
  return db.$transaction(async (tx) => {
    const exists =
      entity === "organization"
        ? await tx.organization.count({ where: { id } })
        : await tx.service.count({ where: { id } });
    if (!exists) throw new NotFound(entity);
    if (assigneeId) {
      const assignee = await tx.user.findUnique({
        where: { id: assigneeId },
        select: { role: true, disabledAt: true },
      });
      if (!assignee || assignee.disabledAt || !canSteward(assignee.role, "stewardship:manage"))
        throw new Invalid({ assigneeId: ["unknownOption"] });
    }
    const key = entity === "organization" ? { organizationId: id } : { serviceId: id };
    const before = await tx.reviewPlan.findUnique({ where: key });
    const data = { assigneeId: assigneeId ?? null, ...(intervalMonths && { intervalMonths }) };
    const plan = await tx.reviewPlan.upsert({ where: key, create: { ...key, ...data }, update: data });
    await recordAuditEvent(tx, actor, {
      action: `${entity}.review_plan`,
      entityType: entity,
      entityId: id,
      before: before && { assigneeId: before.assigneeId, intervalMonths: before.intervalMonths },
      after: { assigneeId: plan.assigneeId, intervalMonths: plan.intervalMonths },
    });
    return { assigneeId: plan.assigneeId, intervalMonths: plan.intervalMonths };
  });
}
