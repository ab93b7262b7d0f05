"use server";

import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { DomainError } from "@/lib/errors";
import { ReindexAlreadyRunning } from "@/lib/search/full-reindex";
import { startReindex } from "@/lib/search/start-reindex";

export type ReindexActionState = { ok?: boolean; message?: string };

/** Thin edge: the domain function checks the role itself (search:reindex). */
// useActionState passes the previous state first; this action does not need it.
export async function startReindexAction(): Promise<ReindexActionState> {
  const t = await getTranslations("SearchStatus");
  try {
    await startReindex(await getActor());
    return { ok: true, message: t("reindex.started") };
  } catch (error) {
    if (error instanceof ReindexAlreadyRunning) return { ok: false, message: t("reindex.alreadyRunning") };
    if (error instanceof DomainError)
      return { ok: false, message: (await getTranslations("Errors"))(error.messageKey as never) };
    throw error;
  }
}
