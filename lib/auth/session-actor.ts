import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** What a session token claims; worth nothing until checked against the database. */
export type SessionClaims = { userId: string; sessionVersion: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sessionClaims(session: unknown): SessionClaims | null {
  const value = session as { userId?: unknown; sessionVersion?: unknown } | null;
  if (typeof value?.userId !== "string" || !UUID.test(value.userId)) return null;
  if (typeof value.sessionVersion !== "number") return null;
  return { userId: value.userId, sessionVersion: value.sessionVersion };
}

/**
 * Server-side revocation of stateless sessions: the user must still exist, be enabled,
 * and carry the current session version (bumped on role change, disable and password
 * reset). The role always comes from the database, never from the token.
 */
export async function actorForSession(claims: SessionClaims): Promise<UserActor | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { kind: "user", id: user.id, email: user.email, name: user.name, role: user.role };
}
