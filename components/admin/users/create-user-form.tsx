"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { UserAction } from "@/lib/users/user-action-state";
import { ActionResult } from "./action-result";

const ROLES = ["admin", "editor", "agent", "viewer"] as const;

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-red-800">
      {messages.join(" ")}
    </p>
  ) : null;
}

/** The server action comes from the page: components never import from app/. */
export function CreateUserForm({ createUserAction }: { createUserAction: UserAction }) {
  const t = useTranslations("Users");
  const tRoles = useTranslations("Admin.roles");
  const [state, action, pending] = useActionState(createUserAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const describedBy = (field: string) => (state.fields?.[field] ? `new-user-${field}-error` : undefined);
  return (
    <form action={action} className="grid gap-4 rounded-lg border border-slate-200 p-4 md:grid-cols-2" noValidate>
      <div className="space-y-1">
        <label htmlFor="new-user-email" className="block font-semibold">
          {t("email")}
        </label>
        <input
          id="new-user-email"
          name="email"
          type="email"
          required
          defaultValue={values.email}
          key={`email-${values.email}`}
          aria-invalid={state.fields?.email ? true : undefined}
          aria-describedby={describedBy("email")}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        />
        <FieldError id="new-user-email-error" messages={state.fields?.email} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-user-name" className="block font-semibold">
          {t("name")}
        </label>
        <input
          id="new-user-name"
          name="name"
          required
          defaultValue={values.name}
          key={`name-${values.name}`}
          aria-invalid={state.fields?.name ? true : undefined}
          aria-describedby={describedBy("name")}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        />
        <FieldError id="new-user-name-error" messages={state.fields?.name} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block font-semibold">
          {t("role")}
        </label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={values.role ?? "viewer"}
          key={`role-${values.role}`}
          aria-describedby={describedBy("role")}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
        <FieldError id="new-user-role-error" messages={state.fields?.role} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-user-password" className="block font-semibold">
          {t("passwordOptional")}
        </label>
        <input
          id="new-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={state.fields?.password ? true : undefined}
          aria-describedby={`new-user-password-hint${state.fields?.password ? " new-user-password-error" : ""}`}
          className="w-full rounded-md border border-slate-500 px-3 py-2"
        />
        <p id="new-user-password-hint" className="text-sm text-slate-700">
          {t("passwordHint")}
        </p>
        <FieldError id="new-user-password-error" messages={state.fields?.password} />
      </div>
      <div className="space-y-2 md:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {t("create")}
        </button>
        <ActionResult state={state} id="create-user-result" />
      </div>
    </form>
  );
}
