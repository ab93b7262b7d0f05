import type { Role } from "@/lib/db/generated/enums";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * Who may use the call log (issue #10). Kept beside the domain rather than in
 * lib/auth/permissions.ts, whose table the existing role matrix pins exactly; the lead may
 * fold these three lines into it (see the merge notes of the agent branch).
 */
export const CALL_PERMISSIONS = {
  /** Take calls in the agent console, log them, flag records. */
  "calls:write": ["admin", "editor", "agent"],
  /** Supervisors: statistics and their CSV exports. */
  "calls:stats": ["admin", "editor"],
  /** Work the queue of flagged records. */
  "flags:manage": ["admin", "editor"],
} as const satisfies Record<string, readonly Role[]>;

export type CallPermission = keyof typeof CALL_PERMISSIONS;

export function canCalls(role: Role | null | undefined, permission: CallPermission): boolean {
  return !!role && (CALL_PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Same contract as `assertCan`: signed out → Unauthenticated, wrong role → Forbidden. */
export function assertCanCalls(actor: Actor | null, permission: CallPermission): asserts actor is Actor {
  if (!actor) throw new Unauthenticated();
  if (actor.kind === "system") return;
  // The same account restrictions as assertCan (lib/auth/actor.ts).
  if (actor.passwordChangeRequired) throw new Forbidden("password:change");
  if (actor.twoStepSetupRequired) throw new Forbidden("two-step:setup");
  if (!canCalls(actor.role, permission)) throw new Forbidden(permission);
}
