"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth-config";
import { getActor } from "@/lib/auth/get-actor";
import { clientIp } from "@/lib/security/client-ip";
import { DomainError, Invalid, RateLimited } from "@/lib/errors";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { addToList } from "@/lib/lists/add-to-list";
import { createList } from "@/lib/lists/create-list";
import { deleteList } from "@/lib/lists/delete-list";
import { emailListSheet } from "@/lib/lists/email-list-sheet";
import { moveListItem } from "@/lib/lists/move-list-item";
import { removeListItem } from "@/lib/lists/remove-list-item";
import { renameList } from "@/lib/lists/rename-list";
import { requestLimited } from "@/lib/lists/sign-in-link-limit";
import { updateListItemNote } from "@/lib/lists/update-list-item-note";
import { headers } from "next/headers";

// Thin edges, plain forms (they work without JavaScript): the session first, then the form,
// then one domain function; the answer is a redirect whose query says what happened.

const localeOf = (form: FormData): Locale => (form.get("locale") === "en" ? "en" : "fr");
const listsPath = (locale: Locale) => localizedPathname("/my-lists", locale);
const listPath = (locale: Locale, id: unknown) =>
  localizedPathname({ pathname: "/my-lists/[id]", params: { id: String(id) } }, locale);

/** The outcome as a query: `ok=<status>` or `error=<key>` (+ the field, for forms with several). */
function outcome(error: unknown): string {
  if (error instanceof Invalid) {
    const [field, keys] = Object.entries(error.fieldErrors)[0] ?? ["", ["invalid"]];
    return `error=${keys[0]}&field=${encodeURIComponent(field)}`;
  }
  if (error instanceof RateLimited) return "error=rateLimited";
  if (error instanceof DomainError) return error.code === "not_found" ? "error=notFound" : `error=${error.messageKey}`;
  throw error;
}

async function run(work: () => Promise<string>, onError: string): Promise<never> {
  let target: string;
  try {
    target = await work();
  } catch (error) {
    target = `${onError}${onError.includes("?") ? "&" : "?"}${outcome(error)}`;
  }
  redirect(target);
}

export async function requestSignInLinkAction(form: FormData) {
  const locale = localeOf(form);
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase();
  const back = listsPath(locale);
  if (!/^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/.test(email)) redirect(`${back}?error=emailInvalid&field=email`);
  if (requestLimited(email, clientIp(await headers()))) redirect(`${back}?error=rateLimited`);
  await signIn("nodemailer", { email, redirect: false, redirectTo: back });
  redirect(`${back}?ok=linkSent`);
}

export async function signOutAction(form: FormData) {
  await signOut({ redirectTo: listsPath(localeOf(form)) });
}

export async function createListAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  await run(async () => {
    const { id } = await createList(actor, { name: form.get("name"), services: form.get("services") ?? "" });
    return `${listPath(locale, id)}?ok=created`;
  }, listsPath(locale));
}

export async function addToListAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  const id = form.get("listId");
  await run(
    async () => {
      const added = await addToList(actor, id, form.get("services") ?? "");
      return `${listPath(locale, id)}?ok=added&count=${added}`;
    },
    listPath(locale, id),
  );
}

export async function renameListAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  const id = form.get("listId");
  await run(
    async () => {
      await renameList(actor, id, { name: form.get("name") });
      return `${listPath(locale, id)}?ok=saved`;
    },
    listPath(locale, id),
  );
}

export async function deleteListAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  await run(async () => {
    await deleteList(actor, form.get("listId"));
    return `${listsPath(locale)}?ok=deleted`;
  }, listsPath(locale));
}

/** Every per-item button of a list (note, up, down, remove) posts here with its `intent`. */
export async function listItemAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  const [listId, itemId, intent] = [form.get("listId"), form.get("itemId"), form.get("intent")];
  await run(
    async () => {
      if (intent === "note") await updateListItemNote(actor, listId, itemId, { note: form.get("note") });
      else if (intent === "remove") await removeListItem(actor, listId, itemId);
      else await moveListItem(actor, listId, itemId, intent);
      return `${listPath(locale, listId)}?ok=saved#item-${String(itemId)}`;
    },
    listPath(locale, listId),
  );
}

export async function emailSheetAction(form: FormData) {
  const actor = await getActor();
  const locale = localeOf(form);
  const id = form.get("listId");
  await run(
    async () => {
      await emailListSheet(actor, id, { to: form.get("to"), lang: form.get("lang"), large: form.get("large") === "1" });
      return `${listPath(locale, id)}?ok=emailed`;
    },
    listPath(locale, id),
  );
}
