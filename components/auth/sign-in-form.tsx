"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

type SignInState = { message?: string; fields?: Record<string, string[]>; email?: string };

async function submit(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const response = await fetch("/api/auth/sign-in", {
    method: "POST",
    body: formData,
    headers: { Accept: "application/json" },
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok && typeof body.redirectTo === "string") {
    // A full navigation, so the whole staff area renders with the new session.
    window.location.assign(body.redirectTo);
    return {};
  }
  return { message: body.error?.message, fields: body.error?.fields, email: String(formData.get("email") ?? "") };
}

/**
 * Posts to the sign-in route handler. Without JavaScript the browser posts the form itself
 * and the handler answers with redirects (or its 429 page); with JavaScript the answer
 * comes back as JSON and is shown here without a reload.
 */
export function SignInForm(props: { locale: string; callbackUrl: string; initialError?: string }) {
  const t = useTranslations("Auth");
  const [state, dispatch, pending] = useActionState(submit, { message: props.initialError });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const emailError = state.fields?.email?.join(" ");
  const passwordError = state.fields?.password?.join(" ");
  return (
    <form action="/api/auth/sign-in" method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="callbackUrl" value={props.callbackUrl} />
      <div aria-live="polite">
        {state.message ? (
          <p id="sign-in-error" role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : state.message ? "sign-in-error" : undefined}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        />
        {emailError ? (
          <p id="email-error" className="text-sm text-red-800">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-semibold">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : state.message ? "sign-in-error" : undefined}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        />
        {passwordError ? (
          <p id="password-error" className="text-sm text-red-800">
            {passwordError}
          </p>
        ) : null}
      </div>
      {/* Always present, so that two-step verification also works without JavaScript. */}
      <div className="space-y-1">
        <label htmlFor="code" className="block font-semibold">
          {t("code")}
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          aria-describedby="code-hint"
          className="w-full max-w-[12rem] rounded-md border border-slate-500 px-3 py-2"
        />
        <p id="code-hint" className="text-sm text-slate-700">
          {t("codeHint")}
        </p>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
