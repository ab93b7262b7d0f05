import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { CALL_PERMISSIONS } from "@/lib/calls/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { changeFlagStatus } from "@/lib/calls/change-flag-status";
import { consoleSearch } from "@/lib/calls/console-search";
import { endCall } from "@/lib/calls/end-call";
import { flagRecord } from "@/lib/calls/flag-record";
import { getCallStats } from "@/lib/calls/get-call-stats";
import { getConsoleService } from "@/lib/calls/get-console-service";
import { markReferred } from "@/lib/calls/mark-referred";
import { purgeCalls } from "@/lib/calls/purge-calls";
import { recordEmptySearch } from "@/lib/calls/record-empty-search";
import { recordUnmetNeed } from "@/lib/calls/record-unmet-need";
import { startCall } from "@/lib/calls/start-call";
import { updateAgentNotes } from "@/lib/calls/update-agent-notes";
import { updateCallContext } from "@/lib/calls/update-call-context";
import { createActor } from "@/tests/factories/staff";
import { outcome } from "@/tests/factories/role-matrix";

/**
 * Issue #10's roles, written out independently of lib/calls/permissions.ts, walked through
 * every new domain function (what the console's actions, the pages and the CSV route call).
 */
const TAKES_CALLS: Role[] = ["admin", "editor", "agent"];
const SUPERVISES: Role[] = ["admin", "editor"];
const ROLES: Role[] = ["admin", "editor", "agent", "viewer", "worker"];
const MISSING = "00000000-0000-4000-8000-000000000000";

type Action = { name: string; roles: Role[]; run: (actor: Actor | null) => Promise<unknown> };

const ACTIONS: Action[] = [
  { name: "startCall", roles: TAKES_CALLS, run: (actor) => startCall(actor, { language: "fr" }) },
  {
    name: "updateCallContext",
    roles: TAKES_CALLS,
    run: (actor) => updateCallContext(actor, { callId: MISSING, language: "en" }),
  },
  {
    name: "markReferred",
    roles: TAKES_CALLS,
    run: (actor) => markReferred(actor, { callId: MISSING, serviceId: MISSING }),
  },
  {
    name: "recordUnmetNeed",
    roles: TAKES_CALLS,
    run: (actor) => recordUnmetNeed(actor, { callId: MISSING, termCode: "FOOD", reason: "no_resource" }),
  },
  {
    name: "recordEmptySearch",
    roles: TAKES_CALLS,
    run: (actor) => recordEmptySearch(actor, { callId: MISSING, query: "x" }),
  },
  { name: "endCall", roles: TAKES_CALLS, run: (actor) => endCall(actor, { callId: MISSING }) },
  {
    name: "flagRecord",
    roles: TAKES_CALLS,
    run: (actor) => flagRecord(actor, { serviceId: MISSING, reason: "number_not_working" }),
  },
  { name: "consoleSearch", roles: TAKES_CALLS, run: (actor) => consoleSearch(actor, { q: "aide" }, "fr") },
  { name: "getConsoleService", roles: TAKES_CALLS, run: (actor) => getConsoleService(actor, "missing-slug", "fr") },
  {
    name: "changeFlagStatus",
    roles: SUPERVISES,
    run: (actor) => changeFlagStatus(actor, { flagId: MISSING, status: "resolved" }),
  },
  {
    name: "getCallStats",
    roles: SUPERVISES,
    run: (actor) => getCallStats(actor, { from: "2026-01-01", to: "2026-01-31" }, "fr"),
  },
  // Notes for agents are record content: the record editors write them.
  {
    name: "updateAgentNotes",
    roles: ["admin", "editor"],
    run: (actor) => updateAgentNotes(actor, { entity: "service", id: MISSING, agentNotes: "x" }),
  },
  // Retention is the system's job (daily job, npm run calls:purge); of people, admins only.
  { name: "purgeCalls", roles: ["admin"], run: (actor) => purgeCalls(actor) },
];

describe("call log: role × action matrix", () => {
  it("lib/calls/permissions.ts grants exactly the issue's roles", () => {
    expect(CALL_PERMISSIONS).toEqual({
      "calls:write": TAKES_CALLS,
      "calls:stats": SUPERVISES,
      "flags:manage": SUPERVISES,
    });
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
