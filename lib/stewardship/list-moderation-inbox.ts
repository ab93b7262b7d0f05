import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { ModerationStatus, RecordFlagStatus } from "@/lib/db/generated/enums";
import { assertCanSteward } from "./permissions";
import { MODERATION_STATUSES } from "./schemas";

export const INBOX_SOURCES = ["correction", "flag", "change_request"] as const;
export type InboxSource = (typeof INBOX_SOURCES)[number];

/** The agents' flags keep their own statuses (lib/calls); "resolved" is the inbox's "applied". */
export const flagStatusOf = (status: ModerationStatus): RecordFlagStatus =>
  status === "applied" ? "resolved" : status;
const moderationStatusOf = (status: RecordFlagStatus): ModerationStatus => (status === "resolved" ? "applied" : status);

type RecordName = { id: string; nameFr: string; nameEn: string | null };

export type InboxItem = {
  source: InboxSource;
  id: string;
  status: ModerationStatus;
  createdAt: Date;
  /** A correction's kind, a flag's reason; null for change requests. */
  kind: string | null;
  text: string | null;
  /** Who sent it: a staff member's name for flags; nothing is shown of the public. */
  from: string | null;
  record:
    | { kind: "service"; id: string; organizationId: string; nameFr: string; nameEn: string | null }
    | { kind: "organization"; id: string; nameFr: string; nameEn: string | null }
    | null;
};

const recordOf = (service: (RecordName & { organizationId: string }) | null, organization: RecordName | null) =>
  service
    ? ({ kind: "service", ...service } as const)
    : organization
      ? ({ kind: "organization", ...organization } as const)
      : null;

const nameSelect = { select: { id: true, nameFr: true, nameEn: true } } as const;
const serviceSelect = { select: { id: true, nameFr: true, nameEn: true, organizationId: true } } as const;

/**
 * One moderation inbox: public corrections, agents' flags and organizations' change requests,
 * of one status, oldest first (what has waited longest is worked first).
 */
export async function listModerationInbox(actor: Actor | null, filters: { status?: string; source?: string } = {}) {
  assertCanSteward(actor, "stewardship:manage");
  const status = (MODERATION_STATUSES as readonly string[]).includes(filters.status ?? "")
    ? (filters.status as ModerationStatus)
    : "new";
  const source = (INBOX_SOURCES as readonly string[]).includes(filters.source ?? "")
    ? (filters.source as InboxSource)
    : null;
  const wants = (s: InboxSource) => source === null || source === s;
  const take = 200;
  const [corrections, flags, requests] = await Promise.all([
    wants("correction")
      ? db.correction.findMany({
          where: { status },
          orderBy: { createdAt: "asc" },
          take,
          include: { service: serviceSelect, organization: nameSelect },
        })
      : [],
    wants("flag")
      ? db.recordFlag.findMany({
          where: { status: flagStatusOf(status) },
          orderBy: { createdAt: "asc" },
          take,
          include: { service: serviceSelect, organization: nameSelect, reportedBy: { select: { name: true } } },
        })
      : [],
    wants("change_request")
      ? db.changeRequest.findMany({
          where: { status },
          orderBy: { submittedAt: "asc" },
          take,
          include: { organization: nameSelect },
        })
      : [],
  ]);
  const items: InboxItem[] = [
    ...corrections.map((c) => ({
      source: "correction" as const,
      id: c.id,
      status: c.status,
      createdAt: c.createdAt,
      kind: c.kind,
      text: c.message,
      from: null,
      record: recordOf(c.service, c.organization),
    })),
    ...flags.map((f) => ({
      source: "flag" as const,
      id: f.id,
      status: moderationStatusOf(f.status),
      createdAt: f.createdAt,
      kind: f.reason,
      text: f.comment,
      from: f.reportedBy?.name ?? null,
      record: recordOf(f.service, f.organization),
    })),
    ...requests.map((r) => ({
      source: "change_request" as const,
      id: r.id,
      status: r.status,
      createdAt: r.submittedAt,
      kind: null,
      text: null,
      from: null,
      record: recordOf(null, r.organization),
    })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { status, source, items };
}
