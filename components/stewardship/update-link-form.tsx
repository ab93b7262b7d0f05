"use client";

import { useActionState } from "react";
import { UPDATE_LINK_IDLE, type UpdateLinkState } from "@/lib/stewardship/update-link-state";

export type UpdateLinkLabels = {
  email: string;
  locale: string;
  send: string;
  create: string;
  url: string;
};

/** Creates an organization's update link; the URL is shown here once, to copy or to check. */
export function UpdateLinkForm({
  action,
  organizationId,
  contact,
  labels,
}: {
  action: (state: UpdateLinkState, formData: FormData) => Promise<UpdateLinkState>;
  organizationId: string;
  contact: { email: string; locale: string } | null;
  labels: UpdateLinkLabels;
}) {
  const [state, formAction, pending] = useActionState(action, UPDATE_LINK_IDLE);
  const emailError = state.fieldErrors?.email;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="flex flex-wrap gap-4">
        <div className="min-w-64 flex-1">
          <label htmlFor="update-contact-email" className="block font-medium">
            {labels.email}
          </label>
          <input
            id="update-contact-email"
            name="email"
            type="email"
            defaultValue={contact?.email ?? ""}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "update-contact-email-error" : undefined}
            className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2"
          />
          {emailError && (
            <p id="update-contact-email-error" className="mt-1 text-sm font-medium text-red-800">
              {emailError.join(" ")}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="update-contact-locale" className="block font-medium">
            {labels.locale}
          </label>
          <select
            id="update-contact-locale"
            name="locale"
            defaultValue={contact?.locale ?? "fr"}
            className="mt-1 rounded-md border border-slate-500 px-2 py-2"
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="send" defaultChecked className="h-5 w-5" />
        {labels.send}
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
      >
        {labels.create}
      </button>
      {state.status !== "idle" && (
        <div role={state.status === "error" ? "alert" : "status"} className="space-y-1 text-sm">
          <p className={state.status === "error" ? "font-medium text-red-800" : "text-green-900"}>{state.message}</p>
          {state.url && (
            <>
              <label htmlFor="update-link-url" className="block font-medium">
                {labels.url}
              </label>
              <input
                id="update-link-url"
                readOnly
                value={state.url}
                className="block w-full rounded-md border border-slate-400 bg-slate-50 px-2 py-1 font-mono"
              />
            </>
          )}
        </div>
      )}
    </form>
  );
}
