import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/account/change-password-form";
import { TwoStepSetup } from "@/components/admin/account/two-step-setup";
import { getOwnAccount } from "@/lib/users/get-own-account";
import { requireSignedIn } from "@/lib/auth/require-staff";
import type { Locale } from "@/lib/i18n/routing";
import { changeOwnPasswordAction, signOutEverywhereAction, twoStepAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Account" });
  return { title: t("title") };
}

/** Every staff member's own page; the only one reachable while a generated password awaits change. */
export default async function AccountPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const actor = await requireSignedIn(locale);
  const t = await getTranslations("Account");
  const { twoStepEnabled } = await getOwnAccount(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {actor.passwordChangeRequired && (
        <p role="alert" className="max-w-2xl rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4">
          {t("mustChange")}
        </p>
      )}
      <section aria-labelledby="password-title" className="space-y-3">
        <h2 id="password-title" className="text-xl font-bold">
          {t("passwordTitle")}
        </h2>
        <ChangePasswordForm action={changeOwnPasswordAction} />
      </section>
      {actor.twoStepSetupRequired && !actor.passwordChangeRequired && (
        <p role="alert" className="max-w-2xl rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4">
          {t("twoStepRequired")}
        </p>
      )}
      <section aria-labelledby="two-step-title" className="space-y-3">
        <h2 id="two-step-title" className="text-xl font-bold">
          {t("twoStepTitle")}
        </h2>
        <TwoStepSetup action={twoStepAction} enabled={twoStepEnabled} />
      </section>
      <section aria-labelledby="sessions-title" className="space-y-3">
        <h2 id="sessions-title" className="text-xl font-bold">
          {t("sessionsTitle")}
        </h2>
        <p className="max-w-2xl">{t("sessionsHelp")}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="rounded-md border border-slate-500 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {t("signOutEverywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}
