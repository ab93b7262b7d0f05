"use server";

import { getTranslations } from "next-intl/server";
import type { AccountFormState } from "@/components/admin/account/change-password-form";
import type { TwoStepState } from "@/components/admin/account/two-step-setup";
import { confirmTwoStepSetup } from "@/lib/users/confirm-two-step-setup";
import { startTwoStepSetup } from "@/lib/users/start-two-step-setup";
import { getActor } from "@/lib/auth/get-actor";
import { signInPath } from "@/lib/auth/require-staff";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { toActionState } from "../users/action-state";

// Thin edges: the session first, then the form; the domain functions do the rest.

export async function changeOwnPasswordAction(_state: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const actor = await getActor();
  const field = (name: string) => String(formData.get(name) ?? "");
  try {
    await changeOwnPassword(actor, {
      currentPassword: field("currentPassword"),
      newPassword: field("newPassword"),
      confirmation: field("confirmation"),
    });
    return { ok: true, message: (await getTranslations("Account"))("changed") };
  } catch (error) {
    // Never echo passwords back: no values in the state.
    const { ok, message, fields } = await toActionState(error);
    return { ok, message, fields };
  }
}

export async function twoStepAction(state: TwoStepState, formData: FormData): Promise<TwoStepState> {
  const actor = await getActor();
  try {
    if (formData.get("intent") === "confirm") {
      const { recoveryCodes } = await confirmTwoStepSetup(actor, { code: formData.get("code") });
      return { stage: "done", recoveryCodes, message: (await getTranslations("Account"))("twoStepEnabled") };
    }
    return { stage: "scan", ...(await startTwoStepSetup(actor)) };
  } catch (error) {
    const { message, fields } = await toActionState(error);
    return { ...state, message, fields };
  }
}

export async function signOutEverywhereAction(formData: FormData) {
  const locale = (formData.get("locale") === "en" ? "en" : "fr") as Locale;
  await signOutEverywhere(await getActor());
  redirect(signInPath(locale));
}
