import type { Role } from "@/lib/db/generated/enums";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * Who may keep the directory true (issue #12). Beside the domain, like lib/calls/permissions.ts,
 * because the role matrix pins lib/auth/permissions.ts exactly; the lead may fold it in.
 * Verifying a record is a record write and checks "records:write" (lib/auth/permissions.ts).
 */
export const STEWARDSHIP_PERMISSIONS = {
  /** The moderation inbox, change requests, update links, the review queue, data quality. */
  "stewardship:manage": ["admin", "editor"],
} as const satisfies Record<string, readonly Role[]>;

export type StewardshipPermission = keyof typeof STEWARDSHIP_PERMISSIONS;

export function canSteward(role: Role | null | undefined, permission: StewardshipPermission): boolean {
  return !!role && (STEWARDSHIP_PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Same contract as `assertCan`: signed out → Unauthenticated, wrong role → Forbidden. */
export function assertCanSteward(actor: Actor | null, permission: StewardshipPermission): asserts actor is Actor {
  if (!actor) throw new Unauthenticated();
  if (actor.kind === "system") return;
  if (actor.passwordChangeRequired) throw new Forbidden("password:change");
  if (actor.twoStepSetupRequired) throw new Forbidden("two-step:setup");
  if (!canSteward(actor.role, permission)) throw new Forbidden(permission);
}
