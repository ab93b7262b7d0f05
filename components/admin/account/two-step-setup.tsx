"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";

export type TwoStepState = {
  stage: "idle" | "scan" | "done";
  key?: string;
  svg?: string;
  recoveryCodes?: string[];
  message?: string;
  fields?: Record<string, string[]>;
};
type Action = (state: TwoStepState, formData: FormData) => Promise<TwoStepState>;

/** Turning two-step verification on: a key to scan, a first code to confirm, recovery codes once. */
export function TwoStepSetup({ action, enabled }: { action: Action; enabled: boolean }) {
  const t = useTranslations("Account");
  const [state, submit, pending] = useActionState(action, { stage: "idle" });
  const codeError = state.fields?.code?.join(" ");
  if (state.stage === "done")
    return (
      <div className="max-w-2xl space-y-3">
        <p role="status" className="text-green-800">
          {state.message}
        </p>
        <p className="font-semibold">{t("recoveryCodes")}</p>
        <ul className="grid max-w-md grid-cols-2 gap-2 font-mono" aria-label={t("recoveryCodes")}>
          {state.recoveryCodes?.map((code) => (
            <li key={code} className="select-all rounded bg-amber-50 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="max-w-2xl space-y-4">
      <p>{enabled ? t("twoStepOn") : t("twoStepOff")}</p>
      {state.stage === "scan" && (
        <form action={submit} className="space-y-3">
          <p>{t("twoStepScan")}</p>
          <div
            role="img"
            aria-label={t("twoStepScan")}
            className="w-48 bg-white p-2"
            // An SVG drawn on our server from our own otpauth URI (lib/users/start-two-step-setup.ts).
            dangerouslySetInnerHTML={{ __html: state.svg ?? "" }}
          />
          <p>
            {t("twoStepKey")} : <code className="select-all font-mono font-semibold">{state.key}</code>
          </p>
          <input type="hidden" name="intent" value="confirm" />
          <div className="space-y-1">
            <label htmlFor="two-step-code" className="block font-semibold">
              {t("twoStepCode")}
            </label>
            <input
              id="two-step-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-invalid={codeError ? true : undefined}
              aria-describedby={codeError ? "two-step-code-error" : undefined}
              className="w-40 rounded-md border border-slate-500 px-3 py-2"
            />
            {codeError && (
              <p id="two-step-code-error" role="alert" className="text-sm text-red-800">
                {codeError}
              </p>
            )}
          </div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {t("twoStepConfirm")}
          </button>
        </form>
      )}
      <form action={submit}>
        <input type="hidden" name="intent" value="start" />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-500 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {state.stage === "scan" || enabled ? t("twoStepRestart") : t("twoStepStart")}
        </button>
      </form>
    </div>
  );
}
