import { localizedPathname } from "@/lib/i18n/paths";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getActor } from "@/lib/auth/get-actor";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Auth" });
  return { title: t("title"), robots: { index: false } };
}

// Error codes the sign-in route handler puts in the URL when JavaScript is off.
const ERROR_MESSAGES: Record<string, string> = {
  invalid_credentials: "invalidCredentials",
  invalid: "errors.invalidForm",
  forbidden: "errors.crossSite",
  second_factor_missing: "secondFactorMissing",
  second_factor_wrong: "secondFactorWrong",
};

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  // Auth.js sends every sign-in error here; a used or expired emailed link belongs to the
  // community workers' page, which offers a new one.
  if (query.error === "Verification") redirect(`${localizedPathname("/my-lists", locale)}?error=linkExpired`);
  const callbackUrl = safeCallbackUrl(query.callbackUrl, locale);
  if (await getActor()) redirect(callbackUrl);
  const t = await getTranslations("Auth");
  const errorKey = typeof query.error === "string" ? ERROR_MESSAGES[query.error] : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["Auth"]}>
        <SignInForm locale={locale} callbackUrl={callbackUrl} initialError={errorKey ? t(errorKey) : undefined} />
      </ClientMessages>
    </div>
  );
}
