"use server";

import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { formDataToObject } from "@/lib/directory/form-data";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
import { toFormState } from "@/lib/directory/to-form-state";
import { addTerm } from "@/lib/taxonomy/add-term";
import { mergeTerms } from "@/lib/taxonomy/merge-terms";
import { moveTerm } from "@/lib/taxonomy/move-term";
import { renameTerm } from "@/lib/taxonomy/rename-term";
import { revalidatePath } from "next/cache";

// Thin edges; the domain functions check "taxonomy:write" themselves.

async function done(message: string, version?: number): Promise<RecordFormState> {
  revalidateRecordPages();
  revalidatePath("/[locale]/(staff)/admin/taxonomy", "page");
  return { status: "saved", message, version, nonce: Date.now() };
}

export async function addTermAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData);
  try {
    await addTerm(await getActor(), values);
    return done((await getTranslations("Taxonomy"))("added"));
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function renameTermAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData);
  try {
    const result = await renameTerm(await getActor(), String(values.id ?? ""), values);
    return done((await getTranslations("Taxonomy"))("renamed"), result.version);
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function moveTermAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData);
  try {
    const result = await moveTerm(await getActor(), String(values.id ?? ""), values);
    return done((await getTranslations("Taxonomy"))("moved"), result.version);
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function mergeTermsAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData);
  try {
    const result = await mergeTerms(await getActor(), values);
    return done((await getTranslations("Taxonomy"))("merged", { count: result.services }));
  } catch (error) {
    return toFormState(error, values);
  }
}
