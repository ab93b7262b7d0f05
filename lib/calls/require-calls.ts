import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/require-staff";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import type { UserActor } from "@/lib/auth/session-actor";
import type { Locale } from "@/lib/i18n/routing";
import { canCalls, type CallPermission } from "./permissions";

/** requireStaff (lib/auth) for the call log's permissions: signed out → sign-in, wrong role → 403 page. */
export async function requireCalls(permission: CallPermission, locale: Locale): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) {
    const here = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(signInPath(locale, safeCallbackUrl(here, locale)));
  }
  if (!canCalls(actor.role, permission)) forbidden();
  return actor;
}
