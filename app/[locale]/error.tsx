"use client";

import { useTranslations } from "next-intl";

// Never a stack trace: the user gets a translated message, a retry and the helpline.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
