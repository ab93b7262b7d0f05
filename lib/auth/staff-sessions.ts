import "server-only";
import { db } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-settings";

// Server-side session rows behind the stateless session cookie (docs/decisions/010).
// The cookie alone is worth nothing: getActor() honours it only while its row is open.

/** Opens a session at sign-in; its expiry is fixed now and never extended. */
export async function startStaffSession(userId: string, now = new Date()): Promise<string> {
  const session = await db.staffSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  // Expired rows only matter until they expire; a sign-in is a cheap moment to drop them.
  await db.staffSession.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  return session.id;
}

/** Sign-out: a copy of the cookie stops working too. */
export async function endStaffSession(sessionId: string) {
  await db.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** "Sign out everywhere", and what a password change does to other devices. */
export async function endAllStaffSessions(userId: string, exceptSessionId?: string) {
  await db.staffSession.updateMany({
    where: { userId, endedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { endedAt: new Date() },
  });
}
