"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { archiveLocation } from "@/lib/directory/archive-location";
import { archiveOrganization } from "@/lib/directory/archive-organization";
import { archiveService } from "@/lib/directory/archive-service";
import { createLocation } from "@/lib/directory/create-location";
import { createOrganization } from "@/lib/directory/create-organization";
import { createService } from "@/lib/directory/create-service";
import { formDataToObject, type FormValues } from "@/lib/directory/form-data";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { restoreOrganization } from "@/lib/directory/restore-organization";
import { restoreService } from "@/lib/directory/restore-service";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
import { toFormState } from "@/lib/directory/to-form-state";
import { updateLocation } from "@/lib/directory/update-location";
import { updateOrganization } from "@/lib/directory/update-organization";
import { updateService } from "@/lib/directory/update-service";
import { verifyOrganization } from "@/lib/directory/verify-organization";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// Thin edges: the actor comes from the session, everything else from the form; the domain
// function checks the role itself, so a replayed POST from a viewer is refused there.

const LISTS = ["languages", "taxonomyTermIds", "locationIds"] as const;
const text = (values: FormValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

async function saved(
  messageKey: "saved" | "archived" | "restored" | "verified",
  version?: number,
): Promise<RecordFormState> {
  revalidateRecordPages();
  const t = await getTranslations("Records.form");
  return { status: "saved", message: t(messageKey), version, nonce: Date.now() };
}

async function goToOrganization(id: string, query?: Record<string, string>): Promise<never> {
  const locale = (await getLocale()) as Locale;
  return redirect({ href: { pathname: "/admin/organizations/[id]", params: { id }, query }, locale });
}

export async function saveOrganizationAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData, LISTS);
  const id = text(values, "id");
  let createdId: string;
  try {
    const actor = await getActor();
    if (id) return saved("saved", (await updateOrganization(actor, id, values)).version);
    createdId = (await createOrganization(actor, values)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidateRecordPages();
  return goToOrganization(createdId);
}

export async function saveServiceAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData, LISTS);
  const id = text(values, "id");
  let createdId: string;
  try {
    const actor = await getActor();
    if (id) return saved("saved", (await updateService(actor, id, values)).version);
    createdId = (await createService(actor, text(values, "organizationId"), values)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidateRecordPages();
  return goToOrganization(text(values, "organizationId"), { service: createdId });
}

export async function saveLocationAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  const values = formDataToObject(formData, LISTS);
  const id = text(values, "id");
  let createdId: string;
  try {
    const actor = await getActor();
    if (id) return saved("saved", (await updateLocation(actor, id, values)).version);
    createdId = (await createLocation(actor, text(values, "organizationId"), values)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidateRecordPages();
  return goToOrganization(text(values, "organizationId"), { location: createdId });
}

type Verb = (actor: Awaited<ReturnType<typeof getActor>>, id: string, version: unknown) => Promise<{ version: number }>;

function recordAction(verb: Verb, messageKey: "archived" | "restored" | "verified") {
  return async (formData: FormData): Promise<RecordFormState> => {
    try {
      const result = await verb(await getActor(), String(formData.get("id") ?? ""), formData.get("version"));
      return saved(messageKey, result.version);
    } catch (error) {
      return toFormState(error);
    }
  };
}

const archiveOrg = recordAction(archiveOrganization, "archived");
const restoreOrg = recordAction(restoreOrganization, "restored");
const verifyOrg = recordAction((actor, id, version) => verifyOrganization(actor, id, version), "verified");
const archiveSvc = recordAction(archiveService, "archived");
const restoreSvc = recordAction(restoreService, "restored");
const archiveLoc = recordAction(archiveLocation, "archived");

export async function archiveOrganizationAction(_s: RecordFormState, formData: FormData) {
  return archiveOrg(formData);
}
export async function restoreOrganizationAction(_s: RecordFormState, formData: FormData) {
  return restoreOrg(formData);
}
export async function verifyOrganizationAction(_s: RecordFormState, formData: FormData) {
  return verifyOrg(formData);
}
export async function archiveServiceAction(_s: RecordFormState, formData: FormData) {
  return archiveSvc(formData);
}
export async function restoreServiceAction(_s: RecordFormState, formData: FormData) {
  return restoreSvc(formData);
}
export async function archiveLocationAction(_s: RecordFormState, formData: FormData) {
  return archiveLoc(formData);
}
