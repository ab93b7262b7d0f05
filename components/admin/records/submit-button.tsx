"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

export function SubmitButton({ label, variant = "primary" }: { label?: string; variant?: "primary" | "secondary" }) {
  const t = useTranslations("Records.form");
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-5 py-2 font-semibold ${look} disabled:opacity-70`}
    >
      {pending ? t("saving") : (label ?? t("save"))}
    </button>
  );
}
