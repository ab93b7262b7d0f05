"use server";

import { getTranslations } from "next-intl/server";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { recordFormAction } from "@/lib/directory/record-form-action";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
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
  return recordFormAction(formData, async (actor, values) => {
    await addTerm(actor, values);
    return done((await getTranslations("Taxonomy"))("added"));
  });
}

export async function renameTermAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(formData, async (actor, values) => {
    const result = await renameTerm(actor, String(values.id ?? ""), values);
    return done((await getTranslations("Taxonomy"))("renamed"), result.version);
  });
}

export async function moveTermAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(formData, async (actor, values) => {
    const result = await moveTerm(actor, String(values.id ?? ""), values);
    return done((await getTranslations("Taxonomy"))("moved"), result.version);
  });
}

export async function mergeTermsAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(formData, async (actor, values) => {
    const result = await mergeTerms(actor, values);
    return done((await getTranslations("Taxonomy"))("merged", { count: result.services }));
  });
}
