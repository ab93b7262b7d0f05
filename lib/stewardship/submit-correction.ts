import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFound } from "@/lib/errors";
import { checkFormTime } from "./form-time";
import { correctionInput } from "./schemas";
import { validateStewardship } from "./validate";

/** The public, as an actor of the audit log: corrections come from anonymous visitors. */
export const PUBLIC_ACTOR: Actor = { kind: "system", label: "public" };

export type SpamSignals = {
  /** The hidden "leave empty" field; people never see it, form-filling robots do. */
  honeypot?: unknown;
  /** The signed stamp of when the form was shown (lib/stewardship/form-time.ts); forms only. */
  formTime?: unknown;
};

/**
 * "Suggest a correction" on a public record page. Nothing public changes: the correction
 * waits in the moderation inbox. A submission that looks automated (honeypot filled, or a
 * form sent faster than a person can) is answered like any other but not kept, so that a
 * robot learns nothing. Rate limits are per client, at the edge (lib/stewardship/rate-limit.ts).
 */
export async function submitCorrection(input: unknown, spam: SpamSignals & { fromForm?: boolean } = {}) {
  const values = validateStewardship(correctionInput, input);
  const looksAutomated =
    (typeof spam.honeypot === "string" && spam.honeypot.trim() !== "") ||
    (spam.fromForm === true && checkFormTime(spam.formTime) !== "ok");
  return db.$transaction(async (tx) => {
    const record = values.serviceId
      ? await tx.service.findFirst({
          where: { id: values.serviceId, deletedAt: null, status: { in: ["active", "temporarily_closed"] } },
          select: { id: true },
        })
      : await tx.organization.findFirst({
          where: { id: values.organizationId, deletedAt: null, status: { in: ["active", "temporarily_closed"] } },
          select: { id: true },
        });
    if (!record) throw new NotFound(values.serviceId ? "service" : "organization");
    if (looksAutomated) return { id: randomUUID(), kept: false };
    const correction = await tx.correction.create({
      data: {
        serviceId: values.serviceId ?? null,
        organizationId: values.organizationId ?? null,
        kind: values.kind,
        message: values.message,
        email: values.email ?? null,
        locale: values.locale,
      },
      select: { id: true },
    });
    // Neither the text nor the address goes into the append-only log.
    await recordAuditEvent(tx, PUBLIC_ACTOR, {
      action: "correction.create",
      entityType: "correction",
      entityId: correction.id,
      after: { serviceId: values.serviceId ?? null, organizationId: values.organizationId ?? null, kind: values.kind },
    });
    return { id: correction.id, kept: true };
  });
}
