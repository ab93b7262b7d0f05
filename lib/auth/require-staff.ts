import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getActor } from "./get-actor";
import { can, type Permission } from "./permissions";
import { safeCallbackUrl } from "./safe-callback-url";
import type { UserActor } from "./session-actor";

/** The path the proxy saw; absent when the proxy did not run, then the dashboard is used. */
export const REQUEST_PATH_HEADER = "x-request-path";

export function signInPath(locale: Locale, callbackUrl?: string) {
  const path = getPathname({ href: "/sign-in", locale });
  return callbackUrl ? `${path}?${new URLSearchParams({ callbackUrl })}` : path;
}

/**
 * For staff pages and layouts: the signed-in actor holding `permission`. Signed out (or
 * revoked) → the sign-in page, coming back here afterwards; signed in without the
 * permission → the 403 page. Pages call this themselves: the proxy decides nothing.
 */
export async function requireStaff(permission: Permission, locale: Locale): Promise<UserActor> {
  const actor = await requireSignedIn(locale);
  // A generated password is only good for choosing one's own (lib/users/change-own-password.ts).
  if (actor.passwordChangeRequired || actor.twoStepSetupRequired)
    redirect(getPathname({ href: "/admin/account", locale }));
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

/** Any signed-in staff member, whatever their role or password state (their account page). */
export async function requireSignedIn(locale: Locale): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) {
    const here = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(signInPath(locale, safeCallbackUrl(here, locale)));
  }
  return actor;
}
