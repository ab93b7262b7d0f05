"use client";

import { useTranslations } from "next-intl";
import type { UserActionState } from "@/lib/users/user-action-state";

/** The outcome of a Users action, announced to screen readers; a generated password is shown once. */
export function ActionResult({ state, id }: { state: UserActionState; id: string }) {
  const t = useTranslations("Users");
  return (
    <div id={id} aria-live="polite" className="text-sm">
      {state.message ? (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
          {state.message}
        </p>
      ) : null}
      {state.password ? (
        <p className="mt-1 rounded bg-amber-50 p-2 text-slate-900">
          {t("passwordOnce")} <code className="select-all font-mono font-semibold">{state.password}</code>
        </p>
      ) : null}
    </div>
  );
}
