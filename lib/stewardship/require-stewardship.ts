import "server-only";
import { forbidden, redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/require-staff";
import type { UserActor } from "@/lib/auth/session-actor";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { canSteward, type StewardshipPermission } from "./permissions";

/** requireStaff (lib/auth) for the stewardship permissions, for staff pages. */
export async function requireStewardship(permission: StewardshipPermission, locale: Locale): Promise<UserActor> {
  const actor = await requireSignedIn(locale);
  if (actor.passwordChangeRequired || actor.twoStepSetupRequired)
    redirect(getPathname({ href: "/admin/account", locale }));
  if (!canSteward(actor.role, permission)) forbidden();
  return actor;
}
