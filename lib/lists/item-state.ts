import { PUBLIC_STATUSES } from "@/lib/directory/public-record";
import type { RecordStatus } from "@/lib/db/generated/enums";

type Record = { status: RecordStatus; deletedAt: Date | null };

export type ItemState =
  | { kind: "gone" }
  | { kind: "changed"; on: Date; temporarilyClosed: boolean }
  | { kind: "unchanged"; temporarilyClosed: boolean };

/**
 * What a saved item's reader must know: the service is no longer offered (archived, inactive,
 * defunct, or its organization is), or it changed after it was saved (its record was edited).
 */
export function itemState(service: Record & { updatedAt: Date; organization: Record }, savedAt: Date): ItemState {
  const isPublic = (r: Record) => !r.deletedAt && PUBLIC_STATUSES.includes(r.status);
  if (!isPublic(service) || !isPublic(service.organization)) return { kind: "gone" };
  const temporarilyClosed = service.status === "temporarily_closed";
  return service.updatedAt > savedAt
    ? { kind: "changed", on: service.updatedAt, temporarilyClosed }
    : { kind: "unchanged", temporarilyClosed };
}
