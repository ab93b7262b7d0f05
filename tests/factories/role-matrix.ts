import type { Actor } from "@/lib/auth/actor";
import { DomainError, Forbidden, Unauthenticated } from "@/lib/errors";

export type Outcome = "allowed" | "forbidden" | "unauthenticated";

/**
 * What the role check of a domain function said to this actor. Any other domain error (the
 * missing record, the empty input) means the actor got past the role check: "allowed".
 */
export async function outcome(
  action: { run: (actor: Actor | null) => Promise<unknown> },
  actor: Actor | null,
): Promise<Outcome> {
  try {
    await action.run(actor);
    return "allowed";
  } catch (error) {
    if (error instanceof Unauthenticated) return "unauthenticated";
    if (error instanceof Forbidden) return "forbidden";
    if (error instanceof DomainError) return "allowed";
    throw error;
  }
}
