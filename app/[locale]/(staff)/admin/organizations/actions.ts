"use server";

import { getLocale, getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/session-actor";
import { archiveLocation } from "@/lib/directory/archive-location";
import { archiveOrganization } from "@/lib/directory/archive-organization";
import { archiveService } from "@/lib/directory/archive-service";
import { createLocation } from "@/lib/directory/create-location";
import { createOrganization } from "@/lib/directory/create-organization";
import { createService } from "@/lib/directory/create-service";
import type { FormValues } from "@/lib/directory/form-data";
import { recordFormAction } from "@/lib/directory/record-form-action";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { restoreOrganization } from "@/lib/directory/restore-organization";
import { restoreService } from "@/lib/directory/restore-service";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
import { updateLocation } from "@/lib/directory/update-location";
import { updateOrganization } from "@/lib/directory/update-organization";
import { updateService } from "@/lib/directory/update-service";
import { verifyOrganization } from "@/lib/directory/verify-organization";
import { redirect } from "@/lib/i18n/navigation";
import { newOrganizationDuplicates } from "@/lib/open-data/duplicates/new-organization-duplicates";
import type { Locale } from "@/lib/i18n/routing";

// Thin edges: the actor comes from the session (checked before the form is read), everything
// else from the form; the domain function checks the role itself, so a replayed POST from a
// viewer is refused there.

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
  return recordFormAction(
    formData,
    async (actor, values) => {
      const id = text(values, "id");
      if (id) return saved("saved", (await updateOrganization(actor, id, values)).version);
      const duplicates = await newOrganizationDuplicates(actor, values, (await getLocale()) as Locale);
      if (duplicates) return duplicates;
      const created = await createOrganization(actor, values);
      revalidateRecordPages();
      return goToOrganization(created.id);
    },
    LISTS,
  );
}

export async function saveServiceAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(
    formData,
    async (actor, values) => {
      const id = text(values, "id");
      if (id) return saved("saved", (await updateService(actor, id, values)).version);
      const created = await createService(actor, text(values, "organizationId"), values);
      revalidateRecordPages();
      return goToOrganization(text(values, "organizationId"), { service: created.id });
    },
    LISTS,
  );
}

export async function saveLocationAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(
    formData,
    async (actor, values) => {
      const id = text(values, "id");
      if (id) return saved("saved", (await updateLocation(actor, id, values)).version);
      const created = await createLocation(actor, text(values, "organizationId"), values);
      revalidateRecordPages();
      return goToOrganization(text(values, "organizationId"), { location: created.id });
    },
    LISTS,
  );
}

type Verb = (actor: UserActor, id: string, version: unknown) => Promise<{ version: number }>;

function recordAction(verb: Verb, messageKey: "archived" | "restored" | "verified") {
  return (formData: FormData) =>
    recordFormAction(formData, async (actor, values) =>
      saved(messageKey, (await verb(actor, text(values, "id"), values.version)).version),
    );
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
