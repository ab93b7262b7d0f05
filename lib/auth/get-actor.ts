import "server-only";
import { cache } from "react";
import { auth } from "./auth-config";
import { actorForSession, sessionClaims, type UserActor } from "./session-actor";

/** The signed-in staff member of this request, checked against the database once per request. */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const claims = sessionClaims(await auth());
  return claims ? actorForSession(claims) : null;
});
