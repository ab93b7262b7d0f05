import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { RecordFlagStatus } from "@/lib/db/generated/enums";
import { assertCanCalls } from "./permissions";
import { FLAG_STATUSES } from "./schemas";

/** The editors' queue: flags of one status (new first by default), oldest first, with their record. */
export async function listFlags(actor: Actor | null, status: string | undefined = "new") {
  assertCanCalls(actor, "flags:manage");
  const wanted = (FLAG_STATUSES as readonly string[]).includes(status ?? "") ? (status as RecordFlagStatus) : "new";
  const flags = await db.recordFlag.findMany({
    where: { status: wanted },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      reason: true,
      comment: true,
      status: true,
      createdAt: true,
      reportedBy: { select: { name: true } },
      service: { select: { id: true, nameFr: true, nameEn: true, organizationId: true } },
      organization: { select: { id: true, nameFr: true, nameEn: true } },
    },
  });
  return { status: wanted, flags };
}
