// Lifecycle fields shared by organizations and services: creation, last edit, last
// verification (spread over the 18 months before the epoch, so about a third are due for
// review) and status, with the shares a real directory shows.
import type { Context } from "./context";
import type { Row } from "./tables";
import { oneYearAfter, timestamp } from "./time";

type Status = Row<"service">["status"];

export function pickStatus(ctx: Context, shares: { closed: number; inactive: number; defunct: number }): Status {
  const r = ctx.random.float();
  if (r < shares.defunct) return "defunct";
  if (r < shares.defunct + shares.inactive) return "inactive";
  if (r < shares.defunct + shares.inactive + shares.closed) return "temporarily_closed";
  return "active";
}

export function recordDates(ctx: Context) {
  const { random } = ctx;
  const verifiedDays = -random.float() * 548;
  const createdDays = verifiedDays - random.int(30, 1_800);
  // Most edits happen at verification; some records were edited earlier and only re-checked.
  const updatedDays = random.chance(0.7) ? verifiedDays : verifiedDays - random.int(1, 29);
  const lastVerifiedAt = timestamp(verifiedDays);
  const editor = ctx.editorIds.length > 0 ? random.pick(ctx.editorIds) : null;
  return {
    created_at: timestamp(createdDays),
    updated_at: timestamp(updatedDays),
    updated_by_id: editor,
    last_verified_at: lastVerifiedAt,
    last_verified_by_id: editor,
    next_review_at: oneYearAfter(lastVerifiedAt),
  };
}
