import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";
import { twoStepRequired } from "./second-factor";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** What a session token claims; worth nothing until checked against the database. */
export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sessionClaims(session: unknown): SessionClaims | null {
  const value = session as { userId?: unknown; sessionVersion?: unknown; sessionId?: unknown } | null;
  if (typeof value?.userId !== "string" || !UUID.test(value.userId)) return null;
  if (typeof value.sessionId !== "string" || !UUID.test(value.sessionId)) return null;
  if (typeof value.sessionVersion !== "number") return null;
  return { userId: value.userId, sessionVersion: value.sessionVersion, sessionId: value.sessionId };
}

/**
 * Server-side revocation of stateless sessions: the session's row must be open (not signed
 * out, not past its absolute expiry) and belong to the user, who must still exist, be
 * enabled, and carry the current session version (bumped on role change, disable and
 * password reset). The role always comes from the database, never from the token.
 */
export async function actorForSession(claims: SessionClaims, now = new Date()): Promise<UserActor | null> {
  const session = await db.staffSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      endedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          sessionVersion: true,
          passwordChangeRequired: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!session || session.endedAt || session.expiresAt <= now || session.userId !== claims.userId) return null;
  const user = session.user;
  if (user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    kind: "user",
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: claims.sessionId,
    passwordChangeRequired: user.passwordChangeRequired,
    twoStepSetupRequired: twoStepRequired(user.role) && !user.totpEnabledAt,
  };
}
