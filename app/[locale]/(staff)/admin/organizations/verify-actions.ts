"use server";

import { getTranslations } from "next-intl/server";
import { recordFormAction } from "@/lib/directory/record-form-action";
import type { RecordFormState } from "@/lib/directory/record-form-state";
import { revalidateRecordPages } from "@/lib/directory/revalidate-record-pages";
import { verifyRecord } from "@/lib/stewardship/verify-record";

/** "Verified" on an organization or a service: method, note, interval (lib/stewardship/verify-record.ts). */
export async function verifyRecordAction(_state: RecordFormState, formData: FormData): Promise<RecordFormState> {
  return recordFormAction(formData, async (actor, values) => {
    const { version } = await verifyRecord(actor, values);
    revalidateRecordPages();
    const t = await getTranslations("Stewardship.verify");
    return { status: "saved", message: t("done"), version, nonce: Date.now() };
  });
}
