import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

// Québec's Law 25: say plainly what is and is not collected, and who answers for it.
// Every sentence here must stay true of the code (tests/e2e/privacy.spec.ts checks the first ones).
const CONTACT = () => process.env.PRIVACY_CONTACT ?? "confidentialite@example.org";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return { title: t("title"), description: t("metaDescription"), alternates: localeAlternates("/privacy", locale) };
}

export default async function PrivacyPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Privacy");
  const contact = CONTACT();
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <section aria-labelledby="not-collected" className="space-y-2">
        <h2 id="not-collected" className="text-xl font-semibold">
          {t("notCollectedTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("notCollected1")}</li>
          <li>{t("notCollected2")}</li>
          <li>{t("notCollected3")}</li>
          <li>{t("notCollected4")}</li>
        </ul>
      </section>
      <section aria-labelledby="collected" className="space-y-2">
        <h2 id="collected" className="text-xl font-semibold">
          {t("collectedTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("collected1")}</li>
          <li>{t("collected2")}</li>
          <li>{t("collected3")}</li>
          <li>{t("collected4")}</li>
        </ul>
      </section>
      <section aria-labelledby="rights" className="space-y-2">
        <h2 id="rights" className="text-xl font-semibold">
          {t("rightsTitle")}
        </h2>
        <p>
          {t("rights")} <a href={`mailto:${contact}`}>{contact}</a>
        </p>
      </section>
      <p className="text-sm text-slate-600">{t("updated")}</p>
    </article>
  );
}
