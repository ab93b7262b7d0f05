import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/db/generated/enums";
import { applyChangeRequest } from "@/lib/stewardship/apply-change-request";
import { changeModerationStatus } from "@/lib/stewardship/change-moderation-status";
import { checkLinks } from "@/lib/stewardship/check-links";
import { createUpdateLink } from "@/lib/stewardship/create-update-link";
import { getChangeRequest } from "@/lib/stewardship/get-change-request";
import { getVerificationCounters } from "@/lib/stewardship/get-verification-counters";
import { listDataQuality } from "@/lib/stewardship/list-data-quality";
import { listModerationInbox } from "@/lib/stewardship/list-moderation-inbox";
import { listReviewQueue } from "@/lib/stewardship/list-review-queue";
import { listUpdateLinks } from "@/lib/stewardship/list-update-links";
import { STEWARDSHIP_PERMISSIONS } from "@/lib/stewardship/permissions";
import { revokeUpdateLink } from "@/lib/stewardship/revoke-update-link";
import { sendReviewReminders } from "@/lib/stewardship/send-review-reminders";
import { setReviewPlan } from "@/lib/stewardship/set-review-plan";
import { verifyRecord } from "@/lib/stewardship/verify-record";
import { createActor } from "@/tests/factories/staff";
import { outcome } from "@/tests/factories/role-matrix";

/**
 * Issue #12's roles, written out independently of lib/stewardship/permissions.ts, walked
 * through every staff-facing stewardship function (public ones take no actor).
 */
const STEWARDS: Role[] = ["admin", "editor"];
const EVERY_STAFF: Role[] = ["admin", "editor", "agent", "viewer"];
const ROLES: Role[] = ["admin", "editor", "agent", "viewer"];
const MISSING = "00000000-0000-4000-8000-000000000000";

type Action = { name: string; roles: Role[]; run: (actor: Actor | null) => Promise<unknown> };

const ACTIONS: Action[] = [
  { name: "listModerationInbox", roles: STEWARDS, run: (actor) => listModerationInbox(actor) },
  {
    name: "changeModerationStatus",
    roles: STEWARDS,
    run: (actor) => changeModerationStatus(actor, { source: "correction", id: MISSING, status: "dismissed" }),
  },
  {
    name: "verifyRecord",
    roles: STEWARDS,
    run: (actor) => verifyRecord(actor, { entity: "service", id: MISSING, version: 1, method: "phone" }),
  },
  { name: "listReviewQueue", roles: STEWARDS, run: (actor) => listReviewQueue(actor) },
  { name: "setReviewPlan", roles: STEWARDS, run: (actor) => setReviewPlan(actor, { entity: "service", id: MISSING }) },
  { name: "getVerificationCounters", roles: EVERY_STAFF, run: (actor) => getVerificationCounters(actor) },
  {
    name: "createUpdateLink",
    roles: STEWARDS,
    run: (actor) => createUpdateLink(actor, { organizationId: MISSING, send: false }),
  },
  { name: "revokeUpdateLink", roles: STEWARDS, run: (actor) => revokeUpdateLink(actor, { linkId: MISSING }) },
  { name: "listUpdateLinks", roles: STEWARDS, run: (actor) => listUpdateLinks(actor, MISSING) },
  { name: "getChangeRequest", roles: STEWARDS, run: (actor) => getChangeRequest(actor, MISSING) },
  { name: "applyChangeRequest", roles: STEWARDS, run: (actor) => applyChangeRequest(actor, { id: MISSING }) },
  { name: "listDataQuality", roles: STEWARDS, run: (actor) => listDataQuality(actor) },
  // Never past the role check for people without it; with it, there is simply nothing to do here.
  { name: "sendReviewReminders", roles: STEWARDS, run: (actor) => sendReviewReminders(actor, new Date(0)) },
  { name: "checkLinks", roles: STEWARDS, run: (actor) => checkLinks(actor, { hosts: 1, timeoutMs: 1 }) },
];

describe("data stewardship: role × action matrix", () => {
  it("lib/stewardship/permissions.ts grants exactly the issue's roles", () => {
    expect(STEWARDSHIP_PERMISSIONS).toEqual({ "stewardship:manage": STEWARDS });
  });

  it.each(ACTIONS.map((action) => [action.name, action] as const))("%s", async (_name, action) => {
    const actors = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await createActor(role)])));
    const results: Record<string, string> = { "signed-out": await outcome(action, null) };
    for (const role of ROLES) results[role] = await outcome(action, actors[role]);
    expect(results).toEqual({
      "signed-out": "unauthenticated",
      ...Object.fromEntries(ROLES.map((role) => [role, action.roles.includes(role) ? "allowed" : "forbidden"])),
    });
  });
});
