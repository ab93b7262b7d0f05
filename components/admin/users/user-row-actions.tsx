"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { UserAction } from "@/lib/users/user-action-state";
import { ActionResult } from "./action-result";

const ROLES = ["admin", "editor", "agent", "viewer"] as const;

type Row = { id: string; email: string; role: string; disabled: boolean; version: number };

/** Role, enable/disable and password reset for one account; each form reports its own result. */
export type UserRowActionHandlers = {
  changeUserRoleAction: UserAction;
  setUserDisabledAction: UserAction;
  resetUserPasswordAction: UserAction;
};

export function UserRowActions({
  user,
  actions: { changeUserRoleAction, setUserDisabledAction, resetUserPasswordAction },
}: {
  user: Row;
  actions: UserRowActionHandlers;
}) {
  const t = useTranslations("Users");
  const tRoles = useTranslations("Admin.roles");
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, {});
  const [disableState, disableAction, disablePending] = useActionState(setUserDisabledAction, {});
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, {});
  const button =
    "rounded-md border border-slate-500 px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-70";
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <label htmlFor={`role-${user.id}`} className="sr-only">
          {t("roleFor", { email: user.email })}
        </label>
        <select
          id={`role-${user.id}`}
          name="role"
          defaultValue={user.role}
          className="rounded-md border border-slate-500 px-2 py-1 text-sm"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={rolePending} className={button}>
          {t("changeRole")}
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" disabled={disablePending} className={button}>
            {user.disabled ? t("enable") : t("disable")}
          </button>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" disabled={resetPending} className={button}>
            {t("resetPassword")}
          </button>
        </form>
      </div>
      <ActionResult state={roleState} id={`role-result-${user.id}`} />
      <ActionResult state={disableState} id={`disable-result-${user.id}`} />
      <ActionResult state={resetState} id={`reset-result-${user.id}`} />
    </div>
  );
}
