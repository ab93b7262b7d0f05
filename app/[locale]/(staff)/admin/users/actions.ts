"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { toActionState, type UserActionState } from "./action-state";

// Thin edges: each action takes the actor from the session and hands everything else to
// the domain function, which checks the role itself (a replayed request gets no further).

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function done(message: string, extra: Partial<UserActionState> = {}): UserActionState {
  revalidatePath("/[locale]/admin/users", "page");
  return { ok: true, message, ...extra };
}

export async function createUserAction(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const values = { email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role") };
  try {
    const result = await createUser(await getActor(), {
      ...values,
      role: values.role as never,
      password: text(formData, "password"),
    });
    const t = await getTranslations("Users");
    return done(t("created", { email: result.user.email }), { password: result.generatedPassword });
  } catch (error) {
    return toActionState(error, values);
  }
}

export async function changeUserRoleAction(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  try {
    const user = await changeUserRole(await getActor(), {
      userId: text(formData, "userId"),
      role: text(formData, "role"),
      version: formData.has("version") ? Number(formData.get("version")) : undefined,
    });
    const t = await getTranslations("Users");
    return done(t("roleChanged", { email: user.email }));
  } catch (error) {
    return toActionState(error);
  }
}

export async function setUserDisabledAction(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  try {
    const disabled = text(formData, "disabled") === "true";
    const user = await setUserDisabled(await getActor(), { userId: text(formData, "userId"), disabled });
    const t = await getTranslations("Users");
    return done(t(disabled ? "disabledDone" : "enabledDone", { email: user.email }));
  } catch (error) {
    return toActionState(error);
  }
}

export async function resetUserPasswordAction(
  _previous: UserActionState,
  formData: FormData,
): Promise<UserActionState> {
  try {
    const result = await resetUserPassword(await getActor(), { userId: text(formData, "userId") });
    const t = await getTranslations("Users");
    return done(t("passwordReset"), { password: result.generatedPassword });
  } catch (error) {
    return toActionState(error);
  }
}
