import type { Role } from "@/lib/db/generated/enums";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import { can, type Permission } from "./permissions";

/** Who is acting: a signed-in staff member, or the system (scripts, imports, seed). */
export type Actor =
  | {
      kind: "user";
      id: string;
      email: string;
      name: string;
      role: Role;
      /** The session this request came with (signing out "everywhere else" keeps it). */
      sessionId?: string;
      /** A generated password not yet replaced: nothing is allowed but changing it. */
      passwordChangeRequired?: boolean;
      /** The role requires two-step verification and it is not on yet: same restriction. */
      twoStepSetupRequired?: boolean;
    }
  | { kind: "system"; label: string };

export const SYSTEM_ACTOR: Actor = { kind: "system", label: "system" };

/** Throws unless the actor holds the permission. The system actor may do everything. */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new Unauthenticated();
  if (actor.kind === "system") return;
  if (actor.passwordChangeRequired) throw new Forbidden("password:change");
  if (actor.twoStepSetupRequired) throw new Forbidden("two-step:setup");
  if (!can(actor.role, permission)) throw new Forbidden(permission);
}

export function actorLabel(actor: Actor): string {
  return actor.kind === "system" ? actor.label : actor.email;
}
