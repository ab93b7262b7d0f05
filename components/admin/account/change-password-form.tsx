"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";

export type AccountFormState = { ok?: boolean; message?: string; fields?: Record<string, string[]> };
type Action = (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmation", autoComplete: "new-password" },
] as const;

/** Own password change; the server action comes from the page (components never import app/). */
export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("Account");
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="max-w-md space-y-4" noValidate>
      {FIELDS.map(({ name, autoComplete }) => {
        const errors = state.fields?.[name];
        return (
          <div key={name} className="space-y-1">
            <label htmlFor={`account-${name}`} className="block font-semibold">
              {t(`fields.${name}`)}
            </label>
            <input
              id={`account-${name}`}
              name={name}
              type="password"
              autoComplete={autoComplete}
              required
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `account-${name}-error` : name === "newPassword" ? "account-hint" : undefined}
              className="w-full rounded-md border border-slate-500 px-3 py-2"
            />
            {name === "newPassword" && (
              <p id="account-hint" className="text-sm text-slate-700">
                {t("hint")}
              </p>
            )}
            {errors && (
              <p id={`account-${name}-error`} className="text-sm text-red-800">
                {errors.join(" ")}
              </p>
            )}
          </div>
        );
      })}
      <div aria-live="polite" className="text-sm">
        {state.message && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
            {state.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("change")}
      </button>
    </form>
  );
}
