import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { signOut } from "@/lib/auth/auth-config";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { canCalls } from "@/lib/calls/permissions";
import { canSteward } from "@/lib/stewardship/permissions";
import { requireSignedIn, signInPath } from "@/lib/auth/require-staff";
import { getHref } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/routing";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The staff shell. It checks the session itself (the proxy decides nothing), and so does
 * every page below it, since layouts and pages render independently.
 */
export default async function AdminLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // Signed in is enough here: someone who must change a generated password still needs the
  // shell around their account page; every other page calls requireStaff itself.
  const actor = await requireSignedIn(locale);
  if (!can(actor.role, "staff:read")) forbidden();
  const t = await getTranslations("Admin");
  const tAccount = await getTranslations("Account");
  const tSteward = await getTranslations("Stewardship.nav");
  const stewardship = canSteward(actor.role, "stewardship:manage")
    ? [
        { href: "/admin/moderation" as const, text: tSteward("moderation") },
        { href: "/admin/review" as const, text: tSteward("review") },
        { href: "/admin/data-quality" as const, text: tSteward("dataQuality") },
      ]
    : [];
  const href = await getHref();

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: signInPath(locale) });
  }

  return (
    // The messages of the staff area's client components (components/admin/**).
    <ClientMessages namespaces={["Account", "Admin", "Records", "SearchStatus", "Taxonomy", "Users"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4">
          <AdminNav
            showUsers={can(actor.role, "users:manage")}
            showSupervision={canCalls(actor.role, "calls:stats")}
            showAgentConsole={canCalls(actor.role, "calls:write")}
            stewardship={stewardship}
          />
          <div className="flex items-center gap-3 text-sm">
            <p>
              <span className="font-semibold">{actor.name}</span>{" "}
              <span className="text-slate-700">({t(`roles.${actor.role}`)})</span>
            </p>
            <a href={href("/admin/account")} className="font-medium">
              {tAccount("link")}
            </a>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md border border-slate-500 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100"
              >
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
        {children}
      </div>
    </ClientMessages>
  );
}
