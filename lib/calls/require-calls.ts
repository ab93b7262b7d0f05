import "server-only";
import { forbidden, redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/require-staff";
import type { UserActor } from "@/lib/auth/session-actor";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { canCalls, type CallPermission } from "./permissions";

/**
 * requireStaff (lib/auth) for the call log's permissions: signed out → sign-in, a password
 * or two-step setup still due → the account page, wrong role → the 403 page.
 */
export async function requireCalls(permission: CallPermission, locale: Locale): Promise<UserActor> {
  const actor = await requireSignedIn(locale);
  if (actor.passwordChangeRequired || actor.twoStepSetupRequired)
    redirect(getPathname({ href: "/admin/account", locale }));
  if (!canCalls(actor.role, permission)) forbidden();
  return actor;
}
